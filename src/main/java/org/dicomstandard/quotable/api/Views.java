package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The API's response bodies. Field names are the contract of design.md. */
final class Views {
    private Views() {
    }

    @Serdeable
    @Schema(description = "One answer: the reply chosen for a topic")
    record Hit(String id, String topic, String audience, String language, String title, String summary, double score,
               @Schema(description = "Best passage, HTML-escaped, matched words in <mark>") String highlight,
               @Schema(description = "Whether this reply answers the question well enough to be sent") boolean confident,
               @Schema(description = "The calibrated chance (0-1) that this reply answers the question") double confidence,
               @Schema(description = "The asked audience has no reply on this topic; this is another audience's") boolean audienceFallback,
               @Schema(description = "The asked language has no reply on this topic; this is another language's") boolean languageFallback) {
    }

    @Serdeable
    record Search(String query, @Nullable String correctedQuery, int total, boolean confident,
                  @Schema(description = "The first hit's confidence (0-1); 0 without hits") double confidence, List<Hit> hits) {
    }

    @Serdeable
    record Source(String title, String url) {
    }

    @Serdeable
    record Version(String id, String audience, String language, String title) {
    }

    @Serdeable
    @Schema(description = "A whole approved reply")
    record Reply(String id, String topic, String topicQuestion, String audience, String audienceLabel, String language,
                 String visibility, String title, List<String> questions, String summary,
                 @Schema(description = "Markdown") String body,
                 @Schema(description = "The body rendered to HTML, raw HTML escaped") String html,
                 @Schema(description = "The body as plain text") String text,
                 @Schema(description = "Words of title + summary + body, counted as the validator counts") int wordCount,
                 List<String> approvedBy, @Nullable LocalDate approvedOn,
                 @Schema(description = "True only when the reviews of the pull request that last changed the reply confirm approvedBy")
                 boolean approvalVerified,
                 @Nullable LocalDate reviewBy, boolean reviewOverdue,
                 List<Source> sources,
                 @Schema(description = "The same topic for other audiences and languages the caller may see") List<Version> versions,
                 @Nullable @Schema(description = "Deep link to the reply on the FAQ page, for public replies") String faqUrl,
                 @Nullable @Schema(description = "Where the reply came from in git; null when the service does not run on a git clone")
                 Provenance provenance) {
    }

    @Serdeable
    @Schema(description = "The commit of the served branch that last changed the reply's file")
    record Provenance(@Schema(description = "Full commit id; for a merged pull request, its merge commit") String commit,
                      @Schema(description = "When that commit was made (for a merge: when the pull request was merged)") Instant date,
                      @Nullable @Schema(description = "The pull request number the commit title names") Integer pullRequest,
                      @Schema(description = "One line, as the bots show it: approved on GitHub by … on …, PR #N; or approved by … (unverified)") String summary) {
    }

    @Serdeable
    record Replies(List<Reply> snippets) {
    }

    @Serdeable
    record Audience(String id, String label, @Nullable String description) {
    }

    @Serdeable
    record Topic(String id, String question) {
    }

    @Serdeable
    record Cell(String topic, String audience, List<String> ids) {
    }

    @Serdeable
    record Matrix(List<Audience> audiences, List<Topic> topics, List<Cell> cells, Contact contact) {
    }

    /** The press office named under every public reply; null when audiences.yaml has none. */
    @Serdeable
    record Contact(String name, String url) {
    }

    @Serdeable
    record Completion(String text, String id) {
    }

    @Serdeable
    record Suggest(String query, List<Completion> suggestions) {
    }

    @Serdeable
    record MissGroup(String question, int count, Instant lastAsked, Set<String> channels, Set<String> audiences, List<String> examples) {
    }

    @Serdeable
    record Misses(Instant since, int total, List<MissGroup> groups) {
    }

    @Serdeable
    record Ping(String status) {
    }

    @Serdeable
    record DueReply(String id, String title, String topic, String audience, String language,
                    @Schema(description = "The reply's file in the library repository") String path,
                    LocalDate reviewBy, boolean overdue) {
    }

    @Serdeable
    @Schema(description = "The replies one reviewer approved that are due for review")
    record DueReviewer(@Schema(description = "GitHub handle from approved_by, or (no approver)") String reviewer,
                       List<DueReply> replies) {
    }

    @Serdeable
    @Schema(description = "Approved replies whose review_by has passed or falls on or before until, by reviewer")
    record Due(LocalDate today, LocalDate until,
               @Schema(description = "Replies listed, each once however many reviewers it has") int total,
               int overdue, List<DueReviewer> reviewers) {
    }
}
