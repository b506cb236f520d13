package org.dicomstandard.quotable.report;

import org.apache.lucene.analysis.Analyzer;
import org.dicomstandard.quotable.events.EventQueries;
import org.dicomstandard.quotable.events.EventQueries.QuestionRow;
import org.dicomstandard.quotable.library.Durations;
import org.dicomstandard.quotable.search.Analyzers;
import org.dicomstandard.quotable.search.Analyzers.Lang;
import org.dicomstandard.quotable.search.SearchResult;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Questions grouped by similar wording (the same stemmed words, or mostly the same), most asked
 * first: the writers' to-do list when the questions are the unanswered ones.
 */
public final class MissReport {
    /** Two questions share a group when at least this share of their words (stemmed) is common. */
    static final double SIMILAR = 0.5;
    private static final int EXAMPLES = 3;
    /** How many different wordings are read for grouping: the most asked ones. */
    static final int READ = 5_000;

    private MissReport() {
    }

    /**
     * A group of similar questions.
     *
     * @param question the wording asked most often in the group (the latest on a tie)
     * @param answered how many of them got a reply
     * @param topics   the topics of the replies they got
     * @param examples other wordings, at most three
     * @param nearest  the topic search ranks first for the question today, with its confidence: where a
     *                 writer adds the wording to {@code questions}, if that topic does answer it (null: none)
     */
    public record Group(String question, long count, long answered, Instant lastAsked, Set<String> channels, Set<String> audiences,
                        Set<String> topics, List<String> examples, Nearest nearest) {
    }

    /** The topic search would pick for a question, and how sure it is (0..1). */
    public record Nearest(String topic, double confidence) {
        /** The first hit of a search result, or null when nothing matched. */
        public static Nearest of(SearchResult r) {
            return r.hits().isEmpty() ? null : new Nearest(r.hits().get(0).snippet().topic(), r.confidence());
        }
    }

    /** "30d", "12h", "2w" or an ISO-8601 duration such as P2W; 30 days when absent; empty when unreadable. */
    public static Optional<Duration> period(String since) {
        if (since == null || since.isBlank()) return Optional.of(Duration.ofDays(30));
        return Durations.parse(since);
    }

    /** The unanswered questions since {@code since}, grouped, most asked first (the most asked wordings, up to {@code READ}). */
    public static List<Group> unanswered(EventQueries q, Instant since) throws SQLException {
        return group(q.questions(since, true, READ));
    }

    public static List<Group> group(List<QuestionRow> rows) {
        return group(rows, q -> null);
    }

    /**
     * Groups the rows in their order (a row joins the first group whose first wording it resembles) and
     * asks {@code nearest} (e.g. a search of today's library) for each group's question.
     */
    public static List<Group> group(List<QuestionRow> rows, Function<String, Nearest> nearest) {
        Analyzer analyzer = Analyzers.index(Lang.EN);
        List<Set<String>> keys = new ArrayList<>();
        List<List<QuestionRow>> groups = new ArrayList<>();
        Map<String, Set<Integer>> byWord = new HashMap<>(); // only groups sharing a word can be similar
        for (QuestionRow row : rows) {
            Set<String> words = words(analyzer, row.question());
            Set<Integer> candidates = new TreeSet<>();
            for (String w : words) candidates.addAll(byWord.getOrDefault(w, Set.of()));
            if (words.isEmpty()) candidates.addAll(byWord.getOrDefault("", Set.of()));
            int found = -1;
            for (int i : candidates) {
                if (jaccard(words, keys.get(i)) >= SIMILAR) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                found = keys.size();
                keys.add(words);
                groups.add(new ArrayList<>());
                for (String w : words.isEmpty() ? Set.of("") : words) byWord.computeIfAbsent(w, k -> new HashSet<>()).add(found);
            }
            groups.get(found).add(row);
        }
        List<Group> out = new ArrayList<>();
        for (List<QuestionRow> g : groups) out.add(summarise(g, nearest));
        out.sort(Comparator.comparingLong(Group::count).reversed().thenComparing(Group::lastAsked, Comparator.reverseOrder()));
        return out;
    }

    private static Group summarise(List<QuestionRow> g, Function<String, Nearest> nearest) {
        Map<String, Long> wordings = new HashMap<>();
        Map<String, Instant> latest = new HashMap<>();
        Set<String> channels = new TreeSet<>();
        Set<String> audiences = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        Instant last = Instant.MIN;
        long count = 0;
        long answered = 0;
        for (QuestionRow r : g) {
            wordings.merge(r.question(), r.times(), Long::sum);
            latest.merge(r.question(), r.lastAsked(), (a, b) -> a.isAfter(b) ? a : b);
            if (r.channel() != null) channels.add(r.channel());
            if (r.audience() != null) audiences.add(r.audience());
            if (r.topic() != null && r.answered()) topics.add(r.topic());
            if (r.lastAsked().isAfter(last)) last = r.lastAsked();
            count += r.times();
            if (r.answered()) answered += r.times();
        }
        List<String> ranked = new ArrayList<>(wordings.keySet());
        ranked.sort(Comparator.<String>comparingLong(wordings::get).reversed().thenComparing(latest::get, Comparator.reverseOrder()));
        List<String> examples = ranked.subList(1, Math.min(ranked.size(), 1 + EXAMPLES));
        return new Group(ranked.get(0), count, answered, last, channels, audiences, topics, List.copyOf(examples), nearest.apply(ranked.get(0)));
    }

    private static Set<String> words(Analyzer analyzer, String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : Analyzers.tokens(analyzer, question)) {
            if (!Analyzers.isFillerWord(t)) out.add(t);
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / union.size();
    }
}
