package org.dicomstandard.quotable.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.Optional;

/**
 * The state a "Next match" button carries: the question, its filters and which match to show.
 * Kept in the button's value (at most 2,000 characters), so the bot holds no session state.
 */
record NextMatch(String q, String audience, int index) {
    private static final Gson GSON = new Gson();
    static final int MAX_QUESTION = 1000;

    NextMatch {
        q = q == null ? "" : q.length() > MAX_QUESTION ? q.substring(0, MAX_QUESTION) : q;
    }

    String encode() {
        return GSON.toJson(this);
    }

    static Optional<NextMatch> decode(String value) {
        try {
            NextMatch m = GSON.fromJson(value, NextMatch.class);
            return m == null || m.q() == null ? Optional.empty() : Optional.of(new NextMatch(m.q(), m.audience(), m.index()));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
