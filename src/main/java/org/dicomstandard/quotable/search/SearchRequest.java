package org.dicomstandard.quotable.search;

/**
 * A question and its optional filters. Nulls mean "any".
 *
 * @param audience the audience asked for: its reply is preferred, another audience's is a fallback
 * @param topic    restricts to one topic
 * @param language the language asked for: its reply is preferred, English is the fallback
 * @param limit    how many topics to return (1 to 50)
 */
public record SearchRequest(String query, String audience, String topic, String language, int limit) {
    public static final int MAX_LIMIT = 50;

    public SearchRequest {
        query = query == null ? "" : query;
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, 5);
    }
}
