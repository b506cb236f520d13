package org.dicomstandard.quotable.answer;

import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.search.Analyzers;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question as typed in any chat channel, parsed once for all of them: a request for help
 * ({@code help}, {@code hilfe}, {@code ?} or nothing), for the list of audiences, or a question with
 * an optional audience at the end ({@code … for researchers}, {@code … für Journalisten}). The audience
 * is recognised by its id ({@code pacs-admins}) or its label ({@code PACS administrators}), any case;
 * "for" followed by anything else stays part of the question. Without a named audience the channel's
 * default (if any) applies.
 *
 * @param text     the question without the audience suffix, white space folded
 * @param audience the audience id, or null for none
 * @param language the language guessed from the words ({@code en} or {@code de})
 * @param kind     what the person asked for
 */
public record Question(String text, String audience, String language, Kind kind) {
    /** Longest question any channel answers; a longer text is not a chat question. */
    public static final int MAX_LENGTH = 1000;
    private static final Set<String> HELP = Set.of("", "help", "hilfe", "?");
    private static final Set<String> AUDIENCES = Set.of("audiences", "zielgruppen");
    private static final Pattern FOR = Pattern.compile(" (for|für) ");
    private static final Map<String, String> GERMAN_LABELS = Map.of("journalisten", "journalists");

    public enum Kind { HELP, AUDIENCES, ASK }

    public static Question parse(String text, Matrix matrix) {
        return parse(text, matrix, null);
    }

    /** @param defaultAudience the channel's audience when the question names none (null: any audience) */
    public static Question parse(String text, Matrix matrix, String defaultAudience) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        String word = t.toLowerCase(Locale.ROOT).replaceAll("^[/!?]+|[.?!]+$", "");
        if (HELP.contains(word)) return new Question("", null, "en", Kind.HELP);
        if (AUDIENCES.contains(word)) return new Question("", null, "en", Kind.AUDIENCES);
        String question = t;
        String audience = null;
        var m = FOR.matcher(t.toLowerCase(Locale.ROOT));
        int at = -1;
        while (m.find()) at = m.start();
        if (at >= 0) {
            String lower = t.toLowerCase(Locale.ROOT);
            int after = lower.indexOf(' ', at + 1) + 1;
            audience = audienceNamed(lower.substring(after).strip().replaceAll("[.?!]+$", ""), matrix);
            if (audience != null) question = t.substring(0, at).strip();
        }
        if (audience == null && defaultAudience != null && matrix.audiences().containsKey(defaultAudience)) audience = defaultAudience;
        return new Question(question, audience, Analyzers.guessLanguage(question), Kind.ASK);
    }

    private static String audienceNamed(String named, Matrix matrix) {
        String wanted = named.startsWith("the ") ? named.substring(4) : named.startsWith("die ") ? named.substring(4) : named;
        wanted = GERMAN_LABELS.getOrDefault(wanted, wanted);
        for (Map.Entry<String, Matrix.Audience> a : matrix.audiences().entrySet()) {
            String label = a.getValue() == null || a.getValue().label() == null ? "" : a.getValue().label().toLowerCase(Locale.ROOT);
            if (wanted.equals(a.getKey()) || wanted.equals(label) || wanted.equals(a.getKey().replace('-', ' '))) {
                return a.getKey();
            }
        }
        return null;
    }
}
