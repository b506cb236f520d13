package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.search.SearchRequest;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks query parameters once, with messages that tell the caller what would be accepted. */
final class Params {
    static final int MAX_QUERY = 1000;

    private Params() {
    }

    static String query(@Nullable String q) {
        String text = q == null ? "" : q;
        if (text.length() > MAX_QUERY) {
            throw HttpProblem.badRequest("q is " + text.length() + " characters long; the limit is " + MAX_QUERY + ".");
        }
        return text;
    }

    static int limit(@Nullable Integer limit, int fallback) {
        if (limit == null) return fallback;
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw HttpProblem.badRequest("limit must be between 1 and " + SearchRequest.MAX_LIMIT + ".");
        }
        return limit;
    }

    static String audience(@Nullable String audience, Matrix matrix) {
        if (audience == null || audience.isBlank()) return null;
        if (!matrix.audiences().containsKey(audience)) {
            throw HttpProblem.badRequest("Unknown audience '" + clip(audience) + "'. Valid audiences: " + String.join(", ", matrix.audiences().keySet()) + ".");
        }
        return audience;
    }

    static String topic(@Nullable String topic, Matrix matrix) {
        if (topic == null || topic.isBlank()) return null;
        if (!matrix.topics().containsKey(topic)) {
            throw HttpProblem.badRequest("Unknown topic '" + clip(topic) + "'. Valid topics: " + String.join(", ", matrix.topics().keySet()) + ".");
        }
        return topic;
    }

    static String language(@Nullable String lang) {
        if (lang == null || lang.isBlank()) return null;
        try {
            Locale l = new Locale.Builder().setLanguageTag(lang).build();
            if (l.getLanguage().isEmpty()) throw new IllformedLocaleException();
            return lang.toLowerCase(Locale.ROOT);
        } catch (IllformedLocaleException e) {
            throw HttpProblem.badRequest("lang must be a BCP 47 language tag such as en or de.");
        }
    }

    /** Echoes at most 60 characters of a bad value back, never anything long. */
    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
