package org.dicomstandard.quotable.library;

import java.util.List;
import java.util.Map;

/**
 * The communications matrix of {@code audiences.yaml}: audiences × topics, reviewers, review
 * interval, the press contact shown under every public reply, and the house style's phrases to avoid.
 */
public record Matrix(
        Map<String, Audience> audiences,
        Map<String, Topic> topics,
        List<String> reviewers,
        Integer reviewIntervalDays,
        Contact contact,
        List<Avoid> avoid) {

    public Matrix(Map<String, Audience> audiences, Map<String, Topic> topics, List<String> reviewers, Integer reviewIntervalDays) {
        this(audiences, topics, reviewers, reviewIntervalDays, null, List.of());
    }

    /** Audience ids that every library must define (design.md). */
    public static final List<String> REQUIRED_AUDIENCES = List.of(
            "journalists", "general-public", "researchers", "end-users", "vendors", "pacs-admins", "cisos");

    /** Topic ids that every library must define; the search evaluation depends on them. */
    public static final List<String> REQUIRED_TOPICS = List.of(
            "why-dicom-security", "heise-rebuttal", "exposed-pacs-report", "misconfiguration-response",
            "admin-checklist", "shared-responsibility", "tls-adoption", "malware-defense",
            "manageable-network", "nist-pacs-guide", "cloud-deployment", "standard-maintenance",
            "white-papers");

    public Matrix {
        audiences = audiences == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(audiences));
        topics = topics == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        avoid = avoid == null ? List.of() : avoid.stream().filter(java.util.Objects::nonNull).toList();
    }

    public java.util.Optional<Contact> pressContact() {
        return java.util.Optional.ofNullable(contact).filter(Contact::complete);
    }

    public record Audience(String label, String description) {
    }

    public record Topic(String question) {
    }

    /** Whom a journalist asks for a quote: an office, not a person, and where to reach it. */
    public record Contact(String name, String url) {
        boolean complete() {
            return name != null && !name.isBlank() && url != null && !url.isBlank();
        }
    }

    /**
     * A phrase the house style avoids: a plain {@code phrase} (whole words, any case) or a regular
     * expression {@code pattern}, why, and what to write instead; {@code language} limits it to replies
     * in that language.
     */
    public record Avoid(String phrase, String pattern, String reason, String instead, String language) {
    }
}
