package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.QueryPlanner.Plan;
import org.dicomstandard.quotable.search.Ranking.Candidate;
import org.dicomstandard.quotable.search.Ranking.Fusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An immutable in-memory index of one library: built once, searched by many threads, then retired
 * when a newer library replaces it. Only approved replies are indexed; which of them a caller may
 * see is decided per request by {@link ServingRules}, because embargoes and review dates move with
 * the clock. A question is matched by its words (Lucene, {@link LexicalIndex}) and by its meaning
 * (sentence vectors, {@link SemanticIndex}); {@link Ranking} combines the two and
 * {@link ConfidenceModel} says how likely each answer is right.
 */
public final class SearchIndex implements AutoCloseable {
    private final Library library;
    private final ServingRules rules;
    private final List<String> topicIds;
    private final Map<String, Snippet> byId = new HashMap<>();
    private final Map<String, List<Snippet>> byTopic = new LinkedHashMap<>();
    private final LexicalIndex internal;
    private final PublicViews publicViews;
    private final SemanticIndex meaning;
    private final Suggestions suggestions;
    private final Highlights highlights;
    private final ConfidenceModel confidence;
    private final Fusion fusion;
    private final double blendLexical;
    private final AtomicInteger refs = new AtomicInteger(1);
    /** The replies whose title or one of whose questions is this wording, as {@link #wording} normalises them. */
    private final Map<String, Set<String>> repliesByWording = new HashMap<>();

    /**
     * The confidence of a topic asked in the very words of one of its replies' title or questions:
     * reviewers approved that wording for that reply, so it is an answer whatever the model makes of
     * the margins (as when several topics share a question, where the first is given).
     */
    static final double EXACT_WORDING = 0.99;

    private SearchIndex(Library library, ServingRules rules, Embedders model, Fusion fusion, double blendLexical,
                        ConfidenceModel confidence) {
        this.library = library;
        this.rules = rules;
        this.fusion = fusion;
        this.blendLexical = blendLexical;
        this.confidence = confidence;
        List<Snippet> approved = new ArrayList<>();
        for (Snippet s : library.snippets()) {
            if (!s.isApproved()) continue; // drafts and retired replies are never indexed, so never served
            approved.add(s);
            byId.put(s.id(), s);
            byTopic.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s);
            repliesByWording.computeIfAbsent(wording(s.title()), k -> new java.util.HashSet<>()).add(s.id());
            for (String q : s.questions()) repliesByWording.computeIfAbsent(wording(q), k -> new java.util.HashSet<>()).add(s.id());
        }
        this.topicIds = List.copyOf(byTopic.keySet());
        this.internal = new LexicalIndex(approved, library.matrix(), topicIds);
        this.publicViews = new PublicViews(approved, library.matrix(), topicIds, rules);
        this.meaning = new SemanticIndex(model, approved, topicIds);
        this.suggestions = Suggestions.build(byId.values());
        this.highlights = new Highlights(approved);
    }

    /** Builds the index of a library's approved replies, with the shipped embedding model when it loads. */
    public static SearchIndex build(Library library, ServingRules rules) {
        return build(library, rules, Embedders.shared(), Fusion.DEFAULT, ConfidenceModel.shipped());
    }

    static SearchIndex build(Library library, ServingRules rules, Embedders model, Fusion fusion, ConfidenceModel confidence) {
        return build(library, rules, model, fusion, Ranking.BLEND_LEXICAL, confidence);
    }

    /** With another weight of the lexical share in {@link Fusion#BLEND} (another model wants its own). */
    static SearchIndex build(Library library, ServingRules rules, Embedders model, Fusion fusion, double blendLexical,
                             ConfidenceModel confidence) {
        return new SearchIndex(library, rules, model, fusion, blendLexical, confidence);
    }

    public Library library() {
        return library;
    }

    /** Whether questions are also matched by meaning, and if not, why (for /health). */
    public MeaningStatus meaning() {
        return meaning.status();
    }

    /** An approved reply by id, if the caller may see it now. */
    public Optional<Snippet> snippet(String id, Access access, Instant now) {
        Snippet s = byId.get(id);
        return s != null && rules.servable(s, access, now) ? Optional.of(s) : Optional.empty();
    }

    /**
     * The next instant after {@code now} at which some reply's visibility changes on its own: an
     * embargo ends, or a review date passes (at the next UTC midnight). Answers may be cached until then.
     */
    public Instant nextVisibilityChange(Instant now) {
        Instant next = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Snippet s : byId.values()) {
            Instant e = s.embargoUntil();
            if (e != null && e.isAfter(now) && e.isBefore(next)) next = e;
        }
        return next;
    }

    /** The other approved replies of the same topic that the caller may see (other audiences, languages). */
    public List<Snippet> versions(String topic, Access access, Instant now) {
        return byTopic.getOrDefault(topic, List.of()).stream().filter(s -> rules.servable(s, access, now)).toList();
    }

    public SearchResult search(SearchRequest request, Access access, Instant now) {
        Ranked r = rank(request, access, now);
        if (r == null) return SearchResult.empty(request.query());
        SearchRequest asked = new SearchRequest(request.query(), request.audience(), request.topic(), r.language(), request.limit());
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : r.candidates()) {
            if (hits.size() >= request.limit()) break;
            String topic = topicIds.get(c.topic());
            List<Snippet> versions = versions(topic, access, now);
            Snippet chosen = ReplyChooser.choose(versions, asked, r.lexical().replyScores(), r.similar());
            boolean exact = askedInApprovedWording(request.query(), versions);
            double p = confidence(r, c, exact);
            boolean audienceFallback = request.audience() != null && !request.audience().equals(chosen.audience());
            boolean languageFallback = r.language() != null && !r.language().equalsIgnoreCase(chosen.language());
            hits.add(new SearchHit(chosen, (float) c.order(), null, exact || p >= r.fit().threshold(), p, c.features().coverage(),
                    audienceFallback, languageFallback));
        }
        for (int i = 0; i < hits.size(); i++) {
            Snippet s = hits.get(i).snippet();
            Set<String> stems = r.plan().highlightStems().getOrDefault(Analyzers.Lang.of(s.language()), Set.of());
            hits.set(i, hits.get(i).withHighlight(highlights.passage(s, stems)));
        }
        return new SearchResult(request.query(), r.plan().corrected() ? r.plan().text() : null, r.candidates().size(), hits);
    }

    /** Whether {@code question} is, word for word, the title or one of the questions of one of {@code versions}. */
    boolean askedInApprovedWording(String question, List<Snippet> versions) {
        Set<String> sameWording = repliesByWording.getOrDefault(wording(question), Set.of());
        return !sameWording.isEmpty() && versions.stream().anyMatch(v -> sameWording.contains(v.id()));
    }

    /** The chance that candidate {@code c} answers the question; at least {@link #EXACT_WORDING} when asked in approved words. */
    static double confidence(Ranked r, Candidate c, boolean askedInApprovedWording) {
        double p = r.fit().probability(c.features());
        return askedInApprovedWording ? Math.max(p, EXACT_WORDING) : p;
    }

    /** A question's candidate topics in order, with what was matched: search's first half, and what the confidence fit reads. */
    record Ranked(LexicalIndex words, Plan plan, String language, LexicalIndex.Matches lexical,
                  SemanticIndex.Similarity similar, List<Candidate> candidates, ConfidenceModel.Fit fit) {
    }

    /** Null when the question has no searchable word. */
    Ranked rank(SearchRequest request, Access access, Instant now) {
        LexicalIndex words = access == Access.PUBLIC ? publicViews.at(now) : internal;
        // The question is read in the language it is written in, whatever the caller prefers for the
        // reply: a German question typed on the English FAQ page is still glossed as German.
        String asked = guessedGerman(request.query());
        String language = request.language() != null ? request.language() : asked;
        Plan plan = words.planner().plan(request.query(), asked);
        if (plan.isEmpty()) return null;
        Predicate<Snippet> servable = rules.servableAt(access, now);
        Predicate<Snippet> visible = request.topic() == null ? servable : s -> s.topic().equals(request.topic()) && servable.test(s);
        LexicalIndex.Matches lexical = words.match(plan, request.topic(), visible, topicIds.size());
        float[] vector = fusion == Fusion.LEXICAL_ONLY ? null : meaning.embed(plan.meaningText());
        SemanticIndex.Similarity similar = meaning.similarity(vector, asked != null, visible, topicIds.size());
        List<Candidate> ranked = Ranking.rank(lexical.score(), lexical.coverage(), similar.topic(), plan.contentWords(),
                vector == null ? Fusion.LEXICAL_ONLY : fusion, blendLexical);
        return new Ranked(words, plan, language, lexical, similar, ranked, confidence.fit(vector != null));
    }

    List<String> topicIds() {
        return topicIds;
    }

    /** Lower-case words only: "Why doesn't DICOM include security?" and "why doesnt dicom include security" are one wording. */
    private static String wording(String text) {
        String t = text.length() > 300 ? text.substring(0, 300) : text;
        return String.join(" ", QueryPlanner.tokens(Analyzers.surface(), t)).replace("'", "");
    }

    /** Chat and the FAQ page do not always say the language: a German question still prefers the German reply. */
    private static String guessedGerman(String question) {
        return "de".equals(Analyzers.guessLanguage(question)) ? "de" : null;
    }

    public List<Suggestion> suggest(String prefix, String language, Access access, Instant now, int limit) {
        return suggestions.lookup(prefix, limit, id -> {
            Snippet s = byId.get(id);
            return s != null && rules.servable(s, access, now)
                    && (language == null || language.equalsIgnoreCase(s.language()));
        });
    }

    /** Takes a reference for one search; false when the index has been retired and closed meanwhile. */
    public boolean tryAcquire() {
        int n;
        do {
            n = refs.get();
            if (n <= 0) return false;
        } while (!refs.compareAndSet(n, n + 1));
        return true;
    }

    public void release() {
        if (refs.decrementAndGet() == 0) closeNow();
    }

    /** Drops the owner's reference: the index closes once the last search in flight releases it. */
    @Override
    public void close() {
        release();
    }

    private void closeNow() {
        try {
            publicViews.close();
            internal.close();
            suggestions.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
