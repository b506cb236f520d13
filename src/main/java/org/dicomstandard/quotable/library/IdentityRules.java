package org.dicomstandard.quotable.library;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Required fields, the language tag, and the agreement of id, path and matrix. */
final class IdentityRules implements SnippetCheck {

    @Override
    public void check(SnippetFile file, Context context, List<Problem> out) {
        Snippet s = file.snippet();
        String path = file.path();
        required(file, "id", s.id(), out);
        required(file, "topic", s.topic(), out);
        required(file, "audience", s.audience(), out);
        required(file, "language", s.language(), out);
        required(file, "status", s.status(), out);
        required(file, "visibility", s.visibility(), out);
        required(file, "title", s.title(), out);
        required(file, "summary", s.summary(), out);
        required(file, "body", s.body(), out);

        if (s.language() != null && !s.language().isBlank() && !isBcp47(s.language())) {
            out.add(Problem.error(path, file.line("language"), Rule.SCHEMA_LANGUAGE,
                    "'" + s.language() + "' is not a BCP 47 language tag: use e.g. en, de, fr or pt-BR"));
        }

        Optional<ReplyPath> where = ReplyPath.parse(path);
        if (where.isEmpty()) {
            out.add(Problem.error(path, 1, Rule.FILE_LAYOUT,
                    "a reply lives at snippets/<topic>/<audience>.yaml or snippets/<topic>/<audience>.<lang>.yaml"));
        } else {
            checkAgainstPath(file, where.get(), out);
        }

        Matrix matrix = context.matrix();
        if (s.topic() != null && !s.topic().isBlank() && !matrix.topics().containsKey(s.topic())) {
            out.add(Problem.error(path, file.line("topic"), Rule.TOPIC_UNKNOWN,
                    "topic '" + s.topic() + "' is not in audiences.yaml; known topics: " + String.join(", ", matrix.topics().keySet())));
        }
        if (s.audience() != null && !s.audience().isBlank() && !matrix.audiences().containsKey(s.audience())) {
            out.add(Problem.error(path, file.line("audience"), Rule.AUDIENCE_UNKNOWN,
                    "audience '" + s.audience() + "' is not in audiences.yaml; known audiences: " + String.join(", ", matrix.audiences().keySet())));
        }
    }

    private static void checkAgainstPath(SnippetFile file, ReplyPath where, List<Problem> out) {
        Snippet s = file.snippet();
        String path = file.path();
        if (s.topic() != null && !where.topic().equals(s.topic())) {
            out.add(Problem.error(path, file.line("topic"), Rule.ID_PATH,
                    "topic is '" + s.topic() + "' but the file is in snippets/" + where.topic() + "/: move the file or fix the topic"));
        }
        if (s.audience() != null && !where.audience().equals(s.audience())) {
            out.add(Problem.error(path, file.line("audience"), Rule.ID_PATH,
                    "audience is '" + s.audience() + "' but the file is named for '" + where.audience() + "': rename the file or fix the audience"));
        }
        if (s.language() != null && !where.language().equalsIgnoreCase(s.language())) {
            out.add(Problem.error(path, file.line("language"), Rule.ID_PATH,
                    "language is '" + s.language() + "' but the file name says '" + where.language()
                            + "' (English files have no language suffix): rename the file or fix the language"));
        }
        if (s.id() != null && s.topic() != null && s.audience() != null && s.language() != null) {
            String expected = ReplyPath.idFor(s.topic(), s.audience(), s.language());
            if (!expected.equals(s.id())) {
                out.add(Problem.error(path, file.line("id"), Rule.ID_PATH,
                        "id is '" + s.id() + "' but must be '" + expected + "' (<topic>--<audience>, plus --<lang> when not en)"));
            }
        }
    }

    private static void required(SnippetFile file, String key, Object value, List<Problem> out) {
        boolean missing = value == null || (value instanceof String text && text.isBlank());
        if (missing) {
            out.add(Problem.error(file.path(), file.line(key), Rule.SCHEMA_REQUIRED,
                    "'" + key + "' is required" + (file.keyLines().containsKey(key) ? " and must not be empty" : ": add it")));
        }
    }

    static boolean isBcp47(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
