package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Matrix;

import java.util.Locale;
import java.util.Map;

/**
 * A question as typed in a chat channel, with an optional audience at the end:
 * {@code why doesn't dicom include security for researchers}. The audience is recognised by its id
 * ({@code pacs-admins}) or its label ({@code PACS administrators}), any case; "for" followed by
 * anything else stays part of the question.
 *
 * @param audience the audience id, or null when none was named
 */
public record AskedQuestion(String question, String audience) {

    public static AskedQuestion parse(String text, Matrix matrix) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf(" for ");
        if (at >= 0) {
            String named = lower.substring(at + 5).strip().replaceAll("[.?!]+$", "");
            String audience = audienceNamed(named, matrix);
            if (audience != null) {
                return new AskedQuestion(t.substring(0, at).strip(), audience);
            }
        }
        return new AskedQuestion(t, null);
    }

    private static String audienceNamed(String named, Matrix matrix) {
        String wanted = named.startsWith("the ") ? named.substring(4) : named;
        for (Map.Entry<String, Matrix.Audience> a : matrix.audiences().entrySet()) {
            String label = a.getValue() == null || a.getValue().label() == null ? "" : a.getValue().label().toLowerCase(Locale.ROOT);
            if (wanted.equals(a.getKey()) || wanted.equals(label) || wanted.equals(a.getKey().replace('-', ' '))) {
                return a.getKey();
            }
        }
        return null;
    }
}
