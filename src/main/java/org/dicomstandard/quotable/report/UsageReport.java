package org.dicomstandard.quotable.report;

import io.micronaut.serde.annotation.Serdeable;
import org.dicomstandard.quotable.events.EventQueries;
import org.dicomstandard.quotable.events.EventStore;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the communications team asks each month: what were we asked, which replies did we use, which
 * did not help, what did we fail to answer; per channel and per week. Read from the event database,
 * so with a shared PostgreSQL it covers every replica.
 */
@Serdeable
public record UsageReport(Instant since, Instant until, Counts totals, List<ChannelCounts> channels, List<WeekCounts> weeks,
                          List<Question> questions, List<Reply> replies, List<NotHelpful> notHelpful, List<Unanswered> unanswered,
                          List<Operation> library) {
    /** How many entries each list shows. */
    static final int TOP = 20;

    @Serdeable
    public record Counts(long asked, long answered, long unanswered, long served, long posted, long helpful, long notHelpful) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(String what, long n) {
            return new Counts(asked + (what.equals("answered") || what.equals("unanswered") ? n : 0), answered + (what.equals("answered") ? n : 0),
                    unanswered + (what.equals("unanswered") ? n : 0), served + (what.equals("served") ? n : 0),
                    posted + (what.equals("posted") ? n : 0), helpful + (what.equals("helpful") ? n : 0),
                    notHelpful + (what.equals("not-helpful") ? n : 0));
        }
    }

    @Serdeable
    public record ChannelCounts(String channel, Counts counts) {
    }

    /** An ISO week ({@code 2026-W48}) from its Monday, UTC. */
    @Serdeable
    public record WeekCounts(String week, LocalDate from, Counts counts) {
    }

    /** Similar questions together, the most asked wording first; {@code topics}: what answered them. */
    @Serdeable
    public record Question(String question, long count, long answered, Instant lastAsked, Set<String> channels, Set<String> topics,
                           List<String> examples) {
    }

    /** @param servedIn how often it was served in each channel */
    @Serdeable
    public record Reply(String id, long served, long posted, long helpful, long notHelpful, List<ChannelCount> servedIn) {
    }

    @Serdeable
    public record ChannelCount(String channel, long count) {
    }

    /** A reply marked not helpful, with the questions people gave when they said so. */
    @Serdeable
    public record NotHelpful(String id, long notHelpful, long helpful, List<String> questions) {
    }

    @Serdeable
    public record Unanswered(String question, long count, Instant lastAsked, Set<String> channels, Set<String> audiences, List<String> examples) {
    }

    /** Library reloads and git syncs by outcome. */
    @Serdeable
    public record Operation(String kind, String outcome, long count) {
    }

    public static UsageReport read(EventStore store, Instant since, Instant until) throws SQLException {
        try (EventQueries q = EventQueries.open(store)) {
            List<EventQueries.DayCount> days = q.days(since);
            Counts totals = Counts.NONE;
            Map<String, Counts> byChannel = new TreeMap<>();
            Map<LocalDate, Counts> byWeek = new TreeMap<>();
            for (EventQueries.DayCount d : days) {
                totals = totals.plus(d.what(), d.times());
                byChannel.merge(d.channel(), Counts.NONE.plus(d.what(), d.times()), UsageReport::sum);
                LocalDate monday = d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                byWeek.merge(monday, Counts.NONE.plus(d.what(), d.times()), UsageReport::sum);
            }
            List<ChannelCounts> channels = byChannel.entrySet().stream().map(e -> new ChannelCounts(e.getKey(), e.getValue())).toList();
            List<WeekCounts> weeks = byWeek.entrySet().stream().map(e -> new WeekCounts(week(e.getKey()), e.getKey(), e.getValue())).toList();
            List<Question> questions = top(MissReport.group(q.questions(since, false, MissReport.READ)), g -> new Question(g.question(), g.count(),
                    g.answered(), g.lastAsked(), g.channels(), g.topics(), g.examples()));
            List<Unanswered> unanswered = MissReport.unanswered(q, since).stream().limit(TOP).map(g -> new Unanswered(g.question(),
                    g.count(), g.lastAsked(), g.channels(), g.audiences(), g.examples())).toList();
            List<Reply> replies = replies(q.replies(since));
            List<NotHelpful> notHelpful = notHelpful(replies, q.complaints(since, MissReport.READ));
            List<Operation> library = q.operations(since).stream().map(o -> new Operation(o.kind(), o.outcome(), o.times())).toList();
            return new UsageReport(since, until, totals, channels, weeks, questions, replies.stream().filter(p -> p.served() + p.posted() > 0).limit(TOP).toList(), notHelpful,
                    unanswered, library);
        }
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.asked + b.asked, a.answered + b.answered, a.unanswered + b.unanswered, a.served + b.served,
                a.posted + b.posted, a.helpful + b.helpful, a.notHelpful + b.notHelpful);
    }

    static String week(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static <T> List<T> top(List<MissReport.Group> groups, Function<MissReport.Group, T> view) {
        return groups.stream().limit(TOP).map(view).toList();
    }

    /** Every reply served, posted or marked, most served (then posted) first. */
    private static List<Reply> replies(List<EventQueries.ReplyCount> counts) {
        Map<String, Counts> totals = new TreeMap<>();
        Map<String, Map<String, Long>> served = new TreeMap<>();
        for (EventQueries.ReplyCount c : counts) {
            totals.merge(c.replyId(), Counts.NONE.plus(c.what(), c.times()), UsageReport::sum);
            if (c.what().equals("served")) served.computeIfAbsent(c.replyId(), k -> new TreeMap<>()).merge(c.channel(), c.times(), Long::sum);
        }
        List<Reply> out = new ArrayList<>();
        totals.forEach((id, c) -> out.add(new Reply(id, c.served, c.posted, c.helpful, c.notHelpful, served.getOrDefault(id, Map.of())
                .entrySet().stream().map(e -> new ChannelCount(e.getKey(), e.getValue())).toList())));
        out.sort(Comparator.comparingLong(Reply::served).thenComparingLong(Reply::posted).reversed().thenComparing(Reply::id));
        return out;
    }

    private static List<NotHelpful> notHelpful(List<Reply> replies, List<EventQueries.Complaint> complaints) {
        Map<String, List<String>> questions = new TreeMap<>();
        for (EventQueries.Complaint c : complaints) {
            List<String> qs = questions.computeIfAbsent(c.replyId(), k -> new ArrayList<>());
            if (qs.size() < 5) qs.add(c.question());
        }
        return replies.stream().filter(r -> r.notHelpful() > 0)
                .sorted(Comparator.comparingLong(Reply::notHelpful).reversed().thenComparing(Reply::id)).limit(TOP)
                .map(r -> new NotHelpful(r.id(), r.notHelpful(), r.helpful(), questions.getOrDefault(r.id(), List.of()))).toList();
    }
}
