package org.dicomstandard.quotable.library;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The house style of {@code audiences.yaml}'s {@code avoid:} list, checked as warnings on the line
 * where the phrase stands, with the reason and the suggested wording.
 */
final class StyleRules implements SnippetCheck {
    private static final Map<Matrix.Avoid, Pattern> COMPILED = new ConcurrentHashMap<>();

    @Override
    public void check(SnippetFile file, Context context, List<Problem> out) {
        List<Matrix.Avoid> avoid = context.matrix().avoid();
        if (avoid.isEmpty()) return;
        Snippet s = file.snippet();
        for (Matrix.Avoid a : avoid) {
            if (problemWith(a) != null) continue; // reported once, on audiences.yaml
            if (a.language() != null && !a.language().equalsIgnoreCase(s.language() == null ? "en" : s.language())) continue;
            Pattern p = pattern(a);
            find(file, "title", s.title(), a, p, out);
            find(file, "summary", s.summary(), a, p, out);
            find(file, "body", s.body(), a, p, out);
            for (String q : s.questions()) find(file, "questions", q, a, p, out);
        }
    }

    private static void find(SnippetFile file, String key, String text, Matrix.Avoid a, Pattern p, List<Problem> out) {
        if (text == null || text.isEmpty()) return;
        Matcher m = p.matcher(text);
        if (!m.find()) return;
        int lineInText = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        String instead = a.instead() == null || a.instead().isBlank() ? "" : "; instead: " + a.instead();
        out.add(Problem.warning(file.path(), file.lineWithin(key, text, lineInText), Rule.STYLE_AVOID,
                "'" + m.group() + "' in " + key + ": " + a.reason() + instead));
    }

    private static Pattern pattern(Matrix.Avoid a) {
        return COMPILED.computeIfAbsent(a, x -> x.pattern() != null && !x.pattern().isBlank()
                ? Pattern.compile(x.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(x.phrase().strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** What is wrong with an entry of the avoid list, or null when it can be checked. */
    static String problemWith(Matrix.Avoid a) {
        boolean phrase = a.phrase() != null && !a.phrase().isBlank();
        boolean pattern = a.pattern() != null && !a.pattern().isBlank();
        if (phrase == pattern) return "needs either a phrase or a pattern (one of them)";
        if (a.reason() == null || a.reason().isBlank()) return "needs a reason, so writers know why";
        if (pattern) {
            try {
                Pattern.compile(a.pattern());
            } catch (PatternSyntaxException e) {
                return "pattern is not a valid regular expression: " + e.getDescription().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
