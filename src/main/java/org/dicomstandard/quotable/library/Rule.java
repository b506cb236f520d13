package org.dicomstandard.quotable.library;

/**
 * Every rule a library must meet, by stable id. Ids appear in CI annotations and in docs, so they
 * never change meaning; add new ones instead.
 */
public enum Rule {
    FILE_EMPTY("file-empty", "the file has no content"),
    FILE_TOO_LARGE("file-too-large", "a file is at most 64 KB"),
    FILE_ENCODING("file-encoding", "files are UTF-8"),
    FILE_LAYOUT("file-layout", "replies live at snippets/<topic>/<audience>[.<lang>].yaml"),
    YAML_SYNTAX("yaml-syntax", "the file is well-formed YAML"),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", "no key appears twice in a mapping"),
    YAML_ALIAS("yaml-alias", "no anchors or aliases (they hide content and enable alias bombs)"),
    SCHEMA_TYPE("schema-type", "each field has the type the schema gives"),
    SCHEMA_UNKNOWN_FIELD("schema-unknown-field", "only the schema's fields appear"),
    SCHEMA_REQUIRED("schema-required", "required fields are present and not blank"),
    SCHEMA_ENUM("schema-enum", "status and visibility take one of their listed values"),
    SCHEMA_DATE("schema-date", "dates are YYYY-MM-DD; instants are ISO 8601 with a zone"),
    SCHEMA_LANGUAGE("schema-language", "language is a well-formed BCP 47 tag"),
    ID_PATH("id-path", "the id, topic, audience and language match the file path"),
    ID_UNIQUE("id-unique", "ids are unique across the library"),
    TOPIC_UNKNOWN("topic-unknown", "the topic is defined in audiences.yaml"),
    AUDIENCE_UNKNOWN("audience-unknown", "the audience is defined in audiences.yaml"),
    WORDS_TOTAL("words-total", "title + summary + body at most 700 words"),
    WORDS_SUMMARY("words-summary", "summary at most 60 words"),
    QUESTIONS_COUNT("questions-count", "3 to 12 other ways people ask the question"),
    SOURCES_REQUIRED("sources-required", "at least one source"),
    LINK_HTTPS("link-https", "every link is https:// (or mailto:), none protocol-relative, no images"),
    APPROVAL_REQUIRED("approval-required", "an approved reply has approved_by, approved_on and review_by"),
    APPROVAL_REVIEWER("approval-reviewer", "every approver is a reviewer listed in audiences.yaml"),
    APPROVAL_DATE("approval-date", "approved_on is not in the future"),
    APPROVAL_REVIEWED("approval-reviewed", "every approver approved the pull request at its head commit (verify-approvals)"),
    APPROVAL_REVIEW_DATE("approval-review-date", "approved_on is the day of the approval on the pull request or later (verify-approvals)"),
    REVIEW_ORDER("review-order", "review_by is after approved_on"),
    REVIEW_DUE("review-due", "review_by is more than 30 days away (warning)"),
    TEXT_HTML("text-html", "no raw HTML in any text"),
    STYLE_AVOID("style-avoid", "no phrase from the house style's avoid list in audiences.yaml (warning)"),
    TEXT_MASS_MENTION("text-mass-mention", "no @channel, @here, @everyone or <!channel>-style mentions"),
    MATRIX_REQUIRED_ID("matrix-required-id", "audiences.yaml defines every required audience and topic"),
    MATRIX_SCHEMA("matrix-schema", "audiences.yaml has labels, questions, reviewers and a review interval");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
