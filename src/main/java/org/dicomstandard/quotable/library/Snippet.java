package org.dicomstandard.quotable.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One approved-or-not reply, exactly as its YAML file says (schema v1). Field names map to
 * snake_case keys ({@code approved_by}); any other key in the file is an error.
 */
public record Snippet(
        String id,
        String topic,
        String audience,
        String language,
        Status status,
        Visibility visibility,
        String title,
        List<String> questions,
        String summary,
        String body,
        List<Source> sources,
        List<String> approvedBy,
        LocalDate approvedOn,
        LocalDate reviewBy,
        Instant embargoUntil) {

    public Snippet {
        questions = questions == null ? List.of() : List.copyOf(questions);
        sources = sources == null ? List.of() : List.copyOf(sources);
        approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
