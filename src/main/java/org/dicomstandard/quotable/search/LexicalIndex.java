package org.dicomstandard.quotable.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.IOUtils;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.Analyzers.Lang;
import org.dicomstandard.quotable.search.QueryPlanner.Concept;
import org.dicomstandard.quotable.search.QueryPlanner.Plan;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * One Lucene index over a set of replies, with the planner and highlighter that read it. Its word
 * statistics (BM25 weights, the spelling vocabulary) come from exactly these replies, which is why a
 * public caller gets an index of public replies only.
 */
final class LexicalIndex implements Closeable {
    private static final int CANDIDATES = 100;

    static {
        // Questions of up to 24 words, each expanded by its synonyms, over 5 fields in 2 languages.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
    }

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryPlanner planner;
    private final Snippet[] byDoc;
    private final int[] topicOfDoc;

    /**
     * What the question's words found, per topic of the library's topic list: the best reply's BM25
     * score (0: no match), the IDF-weighted share of the question's words the topic's visible
     * replies contain, and each matched reply's score.
     */
    record Matches(float[] score, double[] coverage, Map<String, Float> replyScores) {
    }

    /** Indexes {@code replies}; {@code topics} numbers the topics the same way for every index of a library. */
    LexicalIndex(List<Snippet> replies, Matrix matrix, List<String> topics) {
        // One byte array per file: cheap clones and slices for the many postings a query opens
        // (the default of many small buffers costs more per clone than the search itself).
        this.directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        Set<Lang> languages = EnumSet.noneOf(Lang.class);
        Map<String, Snippet> byId = new HashMap<>();
        try {
            IndexWriterConfig config = new IndexWriterConfig(ReplyDocuments.analyzer()).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Snippet s : replies) {
                    languages.add(Lang.of(s.language()));
                    byId.put(s.id(), s);
                    writer.addDocument(ReplyDocuments.document(s, matrix));
                }
                writer.forceMerge(1);
            }
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        // Doc id -> reply and topic, so ranking never decodes stored fields on the hot path.
        this.byDoc = new Snippet[reader.maxDoc()];
        this.topicOfDoc = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    Snippet s = byId.get(leaf.reader().storedFields().document(d).get(Fields.ID));
                    byDoc[leaf.docBase + d] = s;
                    topicOfDoc[leaf.docBase + d] = topics.indexOf(s.topic());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.planner = new QueryPlanner(reader, languages.isEmpty() ? EnumSet.of(Lang.EN) : languages);
    }

    QueryPlanner planner() {
        return planner;
    }

    /** Matches the plan against the replies {@code visible} lets through, restricted to a topic when given. */
    Matches match(Plan plan, String topic, Predicate<Snippet> visible, int topicCount) {
        float[] score = new float[topicCount];
        double[] coverage = new double[topicCount];
        Map<String, Float> replyScores = new HashMap<>();
        if (plan.isEmpty()) return new Matches(score, coverage, replyScores);
        IntPredicate servable = doc -> visible.test(byDoc[doc]);
        try {
            BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(plan.query(), Occur.MUST);
            if (topic != null) ranked.add(new TermQuery(new Term(Fields.TOPIC, topic)), Occur.FILTER);
            for (ScoreDoc sd : searcher.search(ranked.build(), CANDIDATES).scoreDocs) {
                if (!servable.test(sd.doc)) continue;
                replyScores.put(byDoc[sd.doc].id(), sd.score);
                int t = topicOfDoc[sd.doc];
                if (sd.score > score[t]) score[t] = sd.score;
            }
            coverage(plan, servable, coverage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Matches(score, coverage, replyScores);
    }

    /**
     * The IDF-weighted share of the question's words (with their synonyms) that each topic's visible
     * replies contain, in the best of the replies' languages. Rare words weigh the most, so a
     * question about something the library never mentions scores low even when it shares "DICOM".
     * One pass per word over its postings, shared by every topic.
     */
    private void coverage(Plan plan, IntPredicate servable, double[] out) throws IOException {
        for (Map.Entry<Lang, List<Concept>> perLang : plan.concepts().entrySet()) {
            double total = 0;
            double[] matched = new double[out.length];
            for (Concept c : perLang.getValue()) {
                total += c.weight();
                BitSet topics = new BitSet(out.length);
                // A concept's query reads the all_<lang> field, so only replies in that language match it.
                searcher.search(c.query(), new TopicCollectorManager(topicOfDoc, servable, topics, out.length));
                for (int t = topics.nextSetBit(0); t >= 0; t = topics.nextSetBit(t + 1)) matched[t] += c.weight();
            }
            if (total == 0) continue;
            for (int t = 0; t < out.length; t++) out[t] = Math.max(out[t], matched[t] / total);
        }
    }

    @Override
    public void close() {
        try {
            IOUtils.close(reader, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
