package org.dicomstandard.quotable.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.util.BitSet;
import java.util.Collection;
import java.util.function.IntPredicate;

/** Marks the topics of every matching document the caller may see; no scores. Single-threaded searcher. */
final class TopicCollectorManager implements CollectorManager<Collector, BitSet> {
    private final int[] topicOfDoc;
    private final IntPredicate servable;
    private final BitSet topics;

    TopicCollectorManager(int[] topicOfDoc, IntPredicate servable, BitSet topics) {
        this.topicOfDoc = topicOfDoc;
        this.servable = servable;
        this.topics = topics;
    }

    @Override
    public Collector newCollector() {
        return new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) {
                int base = context.docBase;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        int topic = topicOfDoc[base + doc];
                        if (!topics.get(topic) && servable.test(base + doc)) topics.set(topic);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    @Override
    public BitSet reduce(Collection<Collector> collectors) {
        return topics;
    }
}
