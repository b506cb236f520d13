package org.dicomstandard.quotable.github;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One review of a pull request, as GitHub's "list reviews for a pull request" returns it.
 *
 * @param login       who reviewed
 * @param state       APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING
 * @param commitId    the commit the review was given on
 * @param submittedAt when it was submitted; null for a pending review
 */
public record Review(String login, String state, String commitId, Instant submittedAt) {

    public boolean is(String s) {
        return state.equals(s);
    }

    /**
     * Reads the JSON array GitHub returns, or fails with a message that says which entry is wrong.
     *
     * @throws IllegalArgumentException when the JSON is not an array of reviews
     */
    public static List<Review> listFrom(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of reviews, as GitHub's list-reviews endpoint returns");
        }
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode r = array.get(i);
            String login = r.path("user").path("login").asText("");
            String state = r.path("state").asText("").toUpperCase(Locale.ROOT);
            if (login.isEmpty() || state.isEmpty()) {
                throw new IllegalArgumentException("review " + (i + 1) + " has no user.login or no state");
            }
            Instant at = null;
            String submitted = r.path("submitted_at").asText("");
            if (!submitted.isEmpty()) {
                try {
                    at = Instant.parse(submitted);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("review " + (i + 1) + " has submitted_at '" + submitted + "', not an ISO 8601 instant");
                }
            }
            reviews.add(new Review(login, state, r.path("commit_id").asText(""), at));
        }
        return reviews;
    }
}
