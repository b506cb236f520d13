package org.dicomstandard.quotable.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/**
 * What a Helpful / Not helpful button carries: the reply and the question it answered (clipped so
 * the value stays within Slack's 2,000 characters). Never who clicked: Slack tells us, we drop it.
 */
record Vote(String id, String q) {
    private static final Gson GSON = new Gson();
    static final int MAX_QUESTION = 500;

    Vote {
        q = q == null ? null : q.length() > MAX_QUESTION ? q.substring(0, MAX_QUESTION) : q;
    }

    String encode() {
        return GSON.toJson(this);
    }

    static Optional<Vote> decode(String value) {
        try {
            Vote v = GSON.fromJson(value, Vote.class);
            return v == null || v.id() == null ? Optional.empty() : Optional.of(new Vote(v.id(), v.q()));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
