package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.Snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plain baseline the issue asks to compare with: StandardAnalyzer, BM25, body field only. */
final class BaselineSearch implements AutoCloseable {
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    BaselineSearch(Library library) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Snippet s : library.snippets()) {
                if (!s.isApproved()) continue;
                Document d = new Document();
                d.add(new StoredField("topic", s.topic()));
                d.add(new TextField("body", s.body(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    List<String> topics(String q, int n) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery("body", q);
        if (query == null) return List.of();
        try {
            Set<String> topics = new LinkedHashSet<>();
            for (ScoreDoc sd : searcher.search(query, 100).scoreDocs) {
                topics.add(searcher.storedFields().document(sd.doc).get("topic"));
            }
            return new ArrayList<>(topics).subList(0, Math.min(n, topics.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
