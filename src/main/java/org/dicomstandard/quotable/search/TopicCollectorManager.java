package org.dicomstandard.quotable.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.util.BitSet;
import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * Marks the topics of every matching document the caller may see; no scores. Single-threaded
 * searcher. Stops reading a word's postings once every topic is marked: a word most replies use
 * ("DICOM", "security") would otherwise cost a pass over the whole library.
 */
final class TopicCollectorManager implements CollectorManager<Collector, BitSet> {
    private final int[] topicOfDoc;
    private final IntPredicate servable;
    private final BitSet topics;
    private final int topicCount;
    private int marked;

    TopicCollectorManager(int[] topicOfDoc, IntPredicate servable, BitSet topics, int topicCount) {
        this.topicOfDoc = topicOfDoc;
        this.servable = servable;
        this.topics = topics;
        this.topicCount = topicCount;
        this.marked = topics.cardinality();
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
                        if (!topics.get(topic) && servable.test(base + doc)) {
                            topics.set(topic);
                            if (++marked == topicCount) throw new CollectionTerminatedException();
                        }
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
