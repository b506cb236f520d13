package org.dicomstandard.quotable.library;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DueReviewsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private static SnippetFile reply(String topic, Status status, List<String> approvers, String reviewBy) {
        Snippet s = new Snippet(topic + "--journalists", topic, "journalists", "en", status, Visibility.PUBLIC, "Title of " + topic,
                List.of(), "s", "b", List.of(), approvers, LocalDate.parse("2025-11-01"), reviewBy == null ? null : LocalDate.parse(reviewBy), null);
        return new SnippetFile("snippets/" + topic + "/journalists.yaml", s, Map.of());
    }

    private static final Library LIBRARY = new Library(new Matrix(Map.of(), Map.of(), List.of(), 365), List.of(
            reply("why-dicom-security", Status.APPROVED, List.of("bob-wg14", "alice-wg14"), "2026-11-01"),
            reply("tls-adoption", Status.APPROVED, List.of("bob-wg14"), "2026-12-10"),
            reply("heise-rebuttal", Status.APPROVED, List.of("bob-wg14"), "2026-11-25"),
            reply("admin-checklist", Status.APPROVED, List.of(), "2026-11-30"),
            reply("white-papers", Status.APPROVED, List.of("alice-wg14"), "2027-06-01"),
            reply("malware-defense", Status.RETIRED, List.of("alice-wg14"), "2026-01-01"),
            reply("cloud-deployment", Status.DRAFT, List.of("alice-wg14"), "2026-01-01")));

    @Test
    void due_replies_are_grouped_by_each_approver_soonest_first() {
        DueReviews due = DueReviews.of(LIBRARY, TODAY, 30);

        assertThat(due.until()).isEqualTo(LocalDate.parse("2026-12-25"));
        assertThat(due.groups()).extracting(DueReviews.Group::reviewer).containsExactly("(no approver)", "alice-wg14", "bob-wg14");
        assertThat(due.groups().get(2).replies()).extracting(DueReviews.Item::id)
                .containsExactly("why-dicom-security--journalists", "heise-rebuttal--journalists", "tls-adoption--journalists");
        assertThat(due.groups().get(1).replies()).extracting(DueReviews.Item::id).containsExactly("why-dicom-security--journalists");
        assertThat(due.groups().get(0).replies()).extracting(DueReviews.Item::id).containsExactly("admin-checklist--journalists");
        assertThat(due.replies()).isEqualTo(4);
        assertThat(due.overdue()).isEqualTo(1);
        // review_by today is due, not yet overdue
        assertThat(due.groups().get(2).replies().get(1).overdue()).isFalse();
    }

    @Test
    void drafts_retired_replies_and_later_reviews_are_left_out() {
        assertThat(DueReviews.of(LIBRARY, TODAY, 30).groups().stream().flatMap(g -> g.replies().stream()).map(DueReviews.Item::id))
                .doesNotContain("malware-defense--journalists", "cloud-deployment--journalists", "white-papers--journalists");
        assertThat(DueReviews.of(LIBRARY, TODAY, 0).replies()).isEqualTo(2);
        assertThat(DueReviews.of(LIBRARY, LocalDate.parse("2025-01-01"), 30).isEmpty()).isTrue();
    }
}
