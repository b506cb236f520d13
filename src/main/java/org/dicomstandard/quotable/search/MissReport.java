package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.dicomstandard.quotable.search.Analyzers.Lang;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The writers' to-do list: unanswered questions grouped by similar wording (the same stemmed words,
 * or mostly the same), most asked first.
 */
public final class MissReport {
    /** Two questions share a group when at least this share of their words (stemmed) is common. */
    static final double SIMILAR = 0.5;
    private static final int EXAMPLES = 3;

    private MissReport() {
    }

    /**
     * A group of similar unanswered questions.
     *
     * @param question the wording asked most often in the group (the latest on a tie)
     * @param examples other wordings, at most three
     * @param nearest  the topic search ranks first for the question today, with its confidence: where a
     *                 writer adds the wording to {@code questions}, if that topic does answer it (null: none)
     */
    public record Group(String question, int count, Instant lastAsked, Set<String> channels, Set<String> audiences,
                        List<String> examples, Nearest nearest) {
    }

    /** The topic search would pick for a question, and how sure it is (0..1). */
    public record Nearest(String topic, double confidence) {
        /** The first hit of a search result, or null when nothing matched. */
        public static Nearest of(SearchResult r) {
            return r.hits().isEmpty() ? null : new Nearest(r.hits().get(0).snippet().topic(), r.confidence());
        }
    }

    /** "30d", "12h" or an ISO-8601 duration such as P2W; 30 days when absent; empty when unreadable. */
    public static java.util.Optional<java.time.Duration> period(String since) {
        if (since == null || since.isBlank()) return java.util.Optional.of(java.time.Duration.ofDays(30));
        return org.dicomstandard.quotable.library.Durations.parse(since);
    }

    public static List<Group> group(List<MissLog.Miss> misses) {
        return group(misses, q -> null);
    }

    /** Groups the misses and asks {@code nearest} (e.g. a search of today's library) for each group's question. */
    public static List<Group> group(List<MissLog.Miss> misses, java.util.function.Function<String, Nearest> nearest) {
        Analyzer analyzer = Analyzers.index(Lang.EN);
        List<Set<String>> keys = new ArrayList<>();
        List<List<MissLog.Miss>> groups = new ArrayList<>();
        for (MissLog.Miss m : misses) {
            Set<String> words = words(analyzer, m.question());
            int found = -1;
            for (int i = 0; i < keys.size() && found < 0; i++) {
                if (jaccard(words, keys.get(i)) >= SIMILAR) found = i;
            }
            if (found < 0) {
                keys.add(words);
                groups.add(new ArrayList<>());
                found = keys.size() - 1;
            }
            groups.get(found).add(m);
        }
        List<Group> out = new ArrayList<>();
        for (List<MissLog.Miss> g : groups) out.add(summarise(g, nearest));
        out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::lastAsked, Comparator.reverseOrder()));
        return out;
    }

    private static Group summarise(List<MissLog.Miss> g, java.util.function.Function<String, Nearest> nearest) {
        Map<String, Integer> wordings = new HashMap<>();
        Map<String, Instant> latest = new HashMap<>();
        Set<String> channels = new TreeSet<>();
        Set<String> audiences = new TreeSet<>();
        Instant last = Instant.MIN;
        for (MissLog.Miss m : g) {
            wordings.merge(m.question(), 1, Integer::sum);
            latest.merge(m.question(), m.time(), (a, b) -> a.isAfter(b) ? a : b);
            if (m.channel() != null) channels.add(m.channel());
            if (m.audience() != null) audiences.add(m.audience());
            if (m.time().isAfter(last)) last = m.time();
        }
        List<String> ranked = new ArrayList<>(wordings.keySet());
        ranked.sort(Comparator.<String>comparingInt(wordings::get).reversed().thenComparing(latest::get, Comparator.reverseOrder()));
        List<String> examples = ranked.subList(1, Math.min(ranked.size(), 1 + EXAMPLES));
        return new Group(ranked.get(0), g.size(), last, channels, audiences, List.copyOf(examples), nearest.apply(ranked.get(0)));
    }

    private static Set<String> words(Analyzer analyzer, String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : QueryPlanner.tokens(analyzer, question)) {
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
