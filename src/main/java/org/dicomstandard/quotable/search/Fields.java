package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.search.Analyzers.Lang;

/**
 * Field names of the index and why each has its type.
 * <ul>
 *   <li>{@code id}, {@code topic}, {@code audience}, {@code language}: StringField,
 *       one untokenised term each, for exact filters and {@code updateDocument}; only id is stored.</li>
 *   <li>{@code title_<lang>}, {@code questions_<lang>}, {@code summary_<lang>}, {@code body_<lang>}:
 *       TextField with the language's chain; summary and body are stored for highlighting.</li>
 *   <li>{@code topicq_en}: TextField, the topic's canonical question from audiences.yaml, English.</li>
 *   <li>{@code all_<lang>}: TextField, every text of the reply without norms: "does this reply mention
 *       the word at all", for the confidence measure.</li>
 *   <li>{@code words}: TextField, surface words only lower-cased: the vocabulary for spelling correction.</li>
 * </ul>
 * A public caller searches an index of the replies public at that moment only (see {@link PublicViews}),
 * so its word weights, spelling corrections and scores reveal nothing of an internal or embargoed reply.
 */
final class Fields {
    static final String ID = "id";
    static final String TOPIC = "topic";
    static final String AUDIENCE = "audience";
    static final String LANGUAGE = "language";
    static final String TOPIC_QUESTION = "topicq_en";
    static final String WORDS = "words";

    private Fields() {
    }

    static String title(Lang l) {
        return "title_" + l.suffix();
    }

    static String questions(Lang l) {
        return "questions_" + l.suffix();
    }

    static String summary(Lang l) {
        return "summary_" + l.suffix();
    }

    static String body(Lang l) {
        return "body_" + l.suffix();
    }

    static String all(Lang l) {
        return "all_" + l.suffix();
    }

    /** The language a text field is analysed in, from its suffix. */
    static Lang langOf(String field) {
        int i = field.lastIndexOf('_');
        return i < 0 ? Lang.OTHER : Lang.valueOf(field.substring(i + 1).toUpperCase(java.util.Locale.ROOT));
    }
}
