package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Visibility;
import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.search.Analyzers.Lang;
import org.dicomstandard.quotable.search.QueryPlanner.Concept;
import org.dicomstandard.quotable.search.QueryPlanner.Plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable in-memory index of one library: built once, searched by many threads, then retired
 * when a newer library replaces it. Only approved replies are indexed; which of them a caller may
 * see is decided per request by {@link ServingRules}, because embargoes and review dates move with
 * the clock.
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * A question's words are weighed against the topic's replies; at this share or above the reply is
     * an answer. Calibrated on the development and paraphrase sets against questions the library
     * does not answer (SearchQualityTest prints the figures): 0.5 keeps most right answers while
     * refusing most off-topic questions.
     */
    public static final double CONFIDENT_COVERAGE = 0.5;
    private static final int CANDIDATES = 100;

    static {
        // Questions of up to 24 words, each expanded by its synonyms, over 5 fields in 2 languages.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
    }

    private final Library library;
    private final ServingRules rules;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryPlanner planner;
    private final UnifiedHighlighter highlighter;
    private final Suggestions suggestions;
    private final Map<String, Snippet> byId = new HashMap<>();
    private final Map<String, Integer> docIds = new HashMap<>();
    private Snippet[] byDoc;
    private int[] topicOfDoc;
    private final List<String> topicIds = new ArrayList<>();
    private final Map<String, List<Snippet>> byTopic = new LinkedHashMap<>();
    private final AtomicInteger refs = new AtomicInteger(1);

    private SearchIndex(Library library, ServingRules rules) throws IOException {
        this.library = library;
        this.rules = rules;
        // One byte array per file: cheap clones and slices for the many postings a query opens
        // (the default of many small buffers costs more per clone than the search itself).
        this.directory = new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
                org.apache.lucene.store.ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        Set<Lang> languages = EnumSet.noneOf(Lang.class);
        IndexWriterConfig config = new IndexWriterConfig(fieldAnalyzer()).setSimilarity(new BM25Similarity());
        for (Snippet s : library.snippets()) {
            if (!s.isApproved()) continue; // drafts and retired replies are never indexed, so never served
            languages.add(Lang.of(s.language()));
            byId.put(s.id(), s);
            byTopic.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s);
        }
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (List<Snippet> topic : byTopic.values()) {
                for (Snippet s : topic) writer.addDocument(document(s, library.matrix()));
            }
            writer.forceMerge(1);
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        // Doc id -> reply and topic, so ranking never decodes stored fields on the hot path.
        topicIds.addAll(byTopic.keySet());
        byDoc = new Snippet[reader.maxDoc()];
        topicOfDoc = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                Snippet s = byId.get(leaf.reader().storedFields().document(d).get(Fields.ID));
                docIds.put(s.id(), leaf.docBase + d);
                byDoc[leaf.docBase + d] = s;
                topicOfDoc[leaf.docBase + d] = topicIds.indexOf(s.topic());
            }
        }
        this.planner = new QueryPlanner(reader, languages.isEmpty() ? EnumSet.of(Lang.EN) : languages);
        this.highlighter = UnifiedHighlighter.builder(searcher, fieldAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000)
                .build();
        this.suggestions = Suggestions.build(byId.values());
    }

    /** Builds the index of a library's approved replies. */
    public static SearchIndex build(Library library, ServingRules rules) {
        try {
            return new SearchIndex(library, rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    public Library library() {
        return library;
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
        Instant next = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
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
        Plan plan = planner.plan(request.query(), access == Access.PUBLIC);
        if (plan.isEmpty()) {
            return SearchResult.empty(request.query());
        }
        try {
            Query ranked = new BooleanQuery.Builder()
                    .add(plan.query(), Occur.MUST)
                    .add(filter(request.topic(), access), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(ranked, CANDIDATES);
            Map<String, Float> scores = new HashMap<>();
            Map<String, ScoreDoc> bestPerTopic = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Snippet s = byDoc[sd.doc];
                if (!rules.servable(s, access, now)) continue;
                scores.put(s.id(), sd.score);
                bestPerTopic.putIfAbsent(s.topic(), sd);
            }
            Map<Concept, BitSet> topicsPerConcept = topicsPerConcept(plan, filter(null, access), servableDoc(access, now));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc best : bestPerTopic.values()) {
                if (hits.size() >= request.limit()) break;
                hits.add(hit(request, access, now, plan, best, scores, topicsPerConcept));
            }
            highlight(plan, hits);
            return new SearchResult(request.query(), plan.corrected() ? plan.text() : null, bestPerTopic.size(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Suggestion> suggest(String prefix, String language, Access access, Instant now, int limit) {
        return suggestions.lookup(prefix, limit, id -> {
            Snippet s = byId.get(id);
            return s != null && rules.servable(s, access, now)
                    && (language == null || language.equalsIgnoreCase(s.language()));
        });
    }

    private SearchHit hit(SearchRequest request, Access access, Instant now, Plan plan, ScoreDoc best,
                          Map<String, Float> scores, Map<Concept, BitSet> topicsPerConcept) {
        Snippet top = byDoc[best.doc];
        Snippet chosen = choose(top, request, access, now, scores);
        double coverage = coverage(plan, top, topicsPerConcept);
        boolean audienceFallback = request.audience() != null && !request.audience().equals(chosen.audience());
        boolean languageFallback = request.language() != null && !request.language().equalsIgnoreCase(chosen.language());
        return new SearchHit(chosen, best.score, null, coverage >= CONFIDENT_COVERAGE, coverage, audienceFallback, languageFallback);
    }

    /**
     * The reply of the winning topic to give: the asked audience in the asked language if there is
     * one, then that audience in English, then the asked language for any audience, then the best match.
     */
    private Snippet choose(Snippet top, SearchRequest r, Access access, Instant now, Map<String, Float> scores) {
        Snippet best = top;
        int bestRank = rank(top, r);
        for (Snippet s : versions(top.topic(), access, now)) {
            int rank = rank(s, r);
            if (rank < bestRank || (rank == bestRank && scores.getOrDefault(s.id(), 0f) > scores.getOrDefault(best.id(), 0f))) {
                best = s;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(Snippet s, SearchRequest r) {
        boolean audience = r.audience() == null || r.audience().equals(s.audience());
        boolean language = r.language() == null || r.language().equalsIgnoreCase(s.language());
        if (audience && language) return 0;
        if (audience && "en".equalsIgnoreCase(s.language())) return 1;
        if (language) return 2;
        return 3;
    }

    /**
     * For each concept of the question, the topics whose replies visible to the caller contain it:
     * one pass per concept over its postings, shared by every hit.
     */
    private Map<Concept, BitSet> topicsPerConcept(Plan plan, Query visible, java.util.function.IntPredicate servable) throws IOException {
        Map<Concept, BitSet> out = new HashMap<>();
        for (List<Concept> concepts : plan.concepts().values()) {
            for (Concept c : concepts) {
                BitSet topics = new BitSet(topicIds.size());
                Query q = new BooleanQuery.Builder().add(c.query(), Occur.MUST).add(visible, Occur.FILTER).build();
                searcher.search(q, new TopicCollectorManager(topicOfDoc, servable, topics));
                out.put(c, topics);
            }
        }
        return out;
    }

    /**
     * The IDF-weighted share of the question's words (with their synonyms) that the topic's replies
     * visible to the caller contain, in the reply's language. Rare words weigh the most, so a
     * question about something the library never mentions scores low even when it shares "DICOM".
     */
    private double coverage(Plan plan, Snippet s, Map<Concept, BitSet> topicsPerConcept) {
        int topic = topicIds.indexOf(s.topic());
        double total = 0;
        double matched = 0;
        for (Concept c : plan.concepts().getOrDefault(Lang.of(s.language()), List.of())) {
            total += c.weight();
            if (topicsPerConcept.get(c).get(topic)) matched += c.weight();
        }
        return total == 0 ? 0 : matched / total;
    }

    /** One highlighter pass for all hits: the best body passage, else the summary's, else the plain summary. */
    private void highlight(Plan plan, List<SearchHit> hits) throws IOException {
        if (hits.isEmpty()) return;
        List<String> fields = new ArrayList<>();
        for (Lang l : planner.languages()) {
            fields.add(Fields.body(l));
            fields.add(Fields.summary(l));
        }
        int[] docs = new int[hits.size()];
        for (int i = 0; i < docs.length; i++) docs[i] = docIds.get(hits.get(i).snippet().id());
        int[] passages = new int[fields.size()];
        java.util.Arrays.fill(passages, 1);
        Map<String, String[]> found = highlighter.highlightFields(fields.toArray(String[]::new), plan.highlightQuery(), docs, passages);
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Lang l = Lang.of(h.snippet().language());
            String text = at(found.get(Fields.body(l)), i);
            if (text == null) text = at(found.get(Fields.summary(l)), i);
            if (text == null) text = escape(h.snippet().summary());
            hits.set(i, new SearchHit(h.snippet(), h.score(), text, h.confident(), h.coverage(), h.audienceFallback(), h.languageFallback()));
        }
    }

    private static String at(String[] values, int i) {
        return values == null || values[i] == null || values[i].isBlank() ? null : values[i];
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }

    /**
     * The cheap part of who-may-see-what as a Lucene filter (visibility, topic); the time-dependent
     * rules (embargo, review date) are applied to candidates in {@link #servableDoc}, which avoids
     * building point-range filters over the whole index on every search.
     */
    private Query filter(String topic, Access access) {
        BooleanQuery.Builder f = new BooleanQuery.Builder();
        f.add(new MatchAllDocsQuery(), Occur.FILTER);
        if (access == Access.PUBLIC) f.add(new TermQuery(new Term(Fields.VISIBILITY, Visibility.PUBLIC.name())), Occur.FILTER);
        if (topic != null) f.add(new TermQuery(new Term(Fields.TOPIC, topic)), Occur.FILTER);
        return f.build();
    }

    private java.util.function.IntPredicate servableDoc(Access access, Instant now) {
        java.util.function.Predicate<Snippet> servable = rules.servableAt(access, now);
        return doc -> servable.test(byDoc[doc]);
    }

    /** Public at build time: a reply that later turns overdue keeps its words, an embargoed one never had them. */
    private static boolean publicNow(Snippet s) {
        return s.isPublic() && s.embargoUntil() == null
                && (s.reviewBy() == null || !java.time.LocalDate.now(java.time.ZoneOffset.UTC).isAfter(s.reviewBy()));
    }

    private static Document document(Snippet s, Matrix matrix) {
        Lang l = Lang.of(s.language());
        Document d = new Document();
        d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
        d.add(new StringField(Fields.TOPIC, s.topic(), Field.Store.NO));
        d.add(new StringField(Fields.AUDIENCE, s.audience(), Field.Store.NO));
        d.add(new StringField(Fields.LANGUAGE, s.language().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        d.add(new StringField(Fields.VISIBILITY, s.visibility().name(), Field.Store.NO));
        String body = Markdown.toText(s.body());
        d.add(new TextField(Fields.title(l), s.title(), Field.Store.NO));
        for (String q : s.questions()) d.add(new TextField(Fields.questions(l), q, Field.Store.NO));
        d.add(new Field(Fields.summary(l), s.summary(), HIGHLIGHTED_TYPE));
        d.add(new Field(Fields.body(l), body, HIGHLIGHTED_TYPE));
        Matrix.Topic topic = matrix.topics().get(s.topic());
        String topicQuestion = topic == null ? "" : topic.question();
        d.add(new TextField(Fields.TOPIC_QUESTION, topicQuestion, Field.Store.NO));
        String all = String.join("\n", s.title(), String.join("\n", s.questions()), s.summary(), body);
        d.add(new Field(Fields.all(l), all, ALL_TYPE));
        d.add(new Field(Fields.WORDS, all + "\n" + topicQuestion, ALL_TYPE));
        if (publicNow(s)) {
            d.add(new Field(Fields.allPublic(l), all, ALL_TYPE));
            d.add(new Field(Fields.WORDS_PUBLIC, all + "\n" + topicQuestion, ALL_TYPE));
        }
        return d;
    }

    // Summary and body are stored and keep offsets in their postings, so the highlighter reads
    // match positions from the index instead of re-analysing each reply on every search.
    private static final FieldType HIGHLIGHTED_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TYPE.freeze();
    }

    // Only "is the term in this reply" is asked of these fields: no norms, no frequencies, no positions.
    private static final FieldType ALL_TYPE = new FieldType();

    static {
        ALL_TYPE.setIndexOptions(IndexOptions.DOCS);
        ALL_TYPE.setTokenized(true);
        ALL_TYPE.setOmitNorms(true);
        ALL_TYPE.freeze();
    }

    /** Each field is analysed in its language; {@code words} keeps surface forms for spelling. */
    private static Analyzer fieldAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang l : Lang.values()) {
            Analyzer a = Analyzers.index(l);
            for (String f : List.of(Fields.title(l), Fields.questions(l), Fields.summary(l), Fields.body(l), Fields.all(l),
                    Fields.allPublic(l))) {
                perField.put(f, a);
            }
        }
        perField.put(Fields.TOPIC_QUESTION, Analyzers.index(Lang.EN));
        perField.put(Fields.WORDS, Analyzers.surface());
        perField.put(Fields.WORDS_PUBLIC, Analyzers.surface());
        return new PerFieldAnalyzerWrapper(Analyzers.index(Lang.OTHER), perField);
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
            IOUtils.close(suggestions, reader, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
