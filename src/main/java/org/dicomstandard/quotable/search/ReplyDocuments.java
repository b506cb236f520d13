package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.search.Analyzers.Lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The index schema: how a reply becomes a Lucene document, and which analyser reads each field. See {@link Fields}. */
final class ReplyDocuments {
    // Only "is the term in this reply" is asked of these fields: no norms, no frequencies, no positions.
    private static final FieldType ALL_TYPE = new FieldType();

    static {
        ALL_TYPE.setIndexOptions(IndexOptions.DOCS);
        ALL_TYPE.setTokenized(true);
        ALL_TYPE.setOmitNorms(true);
        ALL_TYPE.freeze();
    }

    private ReplyDocuments() {
    }

    static Document document(Snippet s, Matrix matrix) {
        Lang l = Lang.of(s.language());
        Document d = new Document();
        d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
        d.add(new StringField(Fields.TOPIC, s.topic(), Field.Store.NO));
        d.add(new StringField(Fields.AUDIENCE, s.audience(), Field.Store.NO));
        d.add(new StringField(Fields.LANGUAGE, s.language().toLowerCase(Locale.ROOT), Field.Store.NO));
        String body = Markdown.toText(s.body());
        d.add(new TextField(Fields.title(l), s.title(), Field.Store.NO));
        for (String q : s.questions()) d.add(new TextField(Fields.questions(l), q, Field.Store.NO));
        // Highlights are made from the replies in memory (Highlights), so nothing else is stored.
        d.add(new TextField(Fields.summary(l), s.summary(), Field.Store.NO));
        d.add(new TextField(Fields.body(l), body, Field.Store.NO));
        Matrix.Topic topic = matrix.topics().get(s.topic());
        String topicQuestion = topic == null ? "" : topic.question();
        d.add(new TextField(Fields.TOPIC_QUESTION, topicQuestion, Field.Store.NO));
        String all = String.join("\n", s.title(), String.join("\n", s.questions()), s.summary(), body);
        d.add(new Field(Fields.all(l), all, ALL_TYPE));
        d.add(new Field(Fields.WORDS, all + "\n" + topicQuestion, ALL_TYPE));
        return d;
    }

    /** Each field is analysed in its language; {@code words} keeps surface forms for spelling. */
    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang l : Lang.values()) {
            Analyzer a = Analyzers.index(l);
            for (String f : List.of(Fields.title(l), Fields.questions(l), Fields.summary(l), Fields.body(l), Fields.all(l))) {
                perField.put(f, a);
            }
        }
        perField.put(Fields.TOPIC_QUESTION, Analyzers.index(Lang.EN));
        perField.put(Fields.WORDS, Analyzers.surface());
        return new PerFieldAnalyzerWrapper(Analyzers.index(Lang.OTHER), perField);
    }
}
