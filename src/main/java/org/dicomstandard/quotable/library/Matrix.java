package org.dicomstandard.quotable.library;

import java.util.List;
import java.util.Map;

/** The communications matrix of {@code audiences.yaml}: audiences × topics, reviewers, review interval. */
public record Matrix(
        Map<String, Audience> audiences,
        Map<String, Topic> topics,
        List<String> reviewers,
        Integer reviewIntervalDays) {

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
    }

    public record Audience(String label, String description) {
    }

    public record Topic(String question) {
    }
}
