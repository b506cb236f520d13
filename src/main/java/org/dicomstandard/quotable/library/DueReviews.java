package org.dicomstandard.quotable.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewers' to-do list: approved replies whose {@code review_by} has passed or falls within
 * a window, grouped by reviewer. A reply approved by two reviewers is listed under each of them;
 * one without approvers under {@link #NO_APPROVER}. The {@code due} command, the API and the
 * weekly reminder all show this one list.
 *
 * @param today  the day the list is made for (UTC)
 * @param until  the last review date included
 * @param groups one per reviewer, by handle; the replies in each by review date, then id
 */
public record DueReviews(LocalDate today, LocalDate until, List<Group> groups) {
    public static final String NO_APPROVER = "(no approver)";

    /** One reply to review; {@code overdue} once its review date has passed. */
    public record Item(String id, String path, String title, String topic, String audience, String language,
                       LocalDate reviewBy, boolean overdue) {
    }

    public record Group(String reviewer, List<Item> replies) {
    }

    public static DueReviews of(Library library, LocalDate today, int withinDays) {
        LocalDate until = today.plusDays(withinDays);
        Map<String, List<Item>> byReviewer = new TreeMap<>();
        for (SnippetFile f : library.files()) {
            Snippet s = f.snippet();
            if (!s.isApproved() || s.reviewBy() == null || s.reviewBy().isAfter(until)) continue;
            Item item = new Item(s.id(), f.path(), s.title(), s.topic(), s.audience(), s.language(), s.reviewBy(),
                    s.reviewBy().isBefore(today));
            List<String> reviewers = s.approvedBy().isEmpty() ? List.of(NO_APPROVER) : s.approvedBy();
            for (String r : reviewers) byReviewer.computeIfAbsent(r, k -> new ArrayList<>()).add(item);
        }
        List<Group> groups = byReviewer.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(Item::reviewBy).thenComparing(Item::id)).toList()))
                .toList();
        return new DueReviews(today, until, groups);
    }

    /** Replies on the list, each counted once however many reviewers it has. */
    public int replies() {
        return (int) groups.stream().flatMap(g -> g.replies().stream()).map(Item::id).distinct().count();
    }

    public int overdue() {
        return (int) groups.stream().flatMap(g -> g.replies().stream()).filter(Item::overdue).map(Item::id).distinct().count();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
