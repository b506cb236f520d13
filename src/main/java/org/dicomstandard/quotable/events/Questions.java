package org.dicomstandard.quotable.events;

import java.util.regex.Pattern;

/**
 * What is kept of a question: never who asked, nor whom it names. E-mail addresses, long numbers and
 * chat mentions (Slack's {@code <@U…>}, {@code <#C…>}, {@code <!…>}, Teams' {@code <at>…</at>}) are
 * masked, control characters dropped.
 */
public final class Questions {
    /** Longer questions are cut here: enough to read what was meant, and a bound on every row. */
    public static final int MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d[\\d -]{5,}\\d");
    private static final Pattern MENTION = Pattern.compile("<[@#!][^>]{0,200}>|<at>.{0,200}?</at>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]+");

    private Questions() {
    }

    /** The question as stored; masking twice gives the same text. */
    public static String mask(String question) {
        if (question == null) return "";
        String q = CONTROL.matcher(question).replaceAll(" ").strip();
        q = MENTION.matcher(q).replaceAll("[mention]");
        q = EMAIL.matcher(q).replaceAll("[email]");
        q = LONG_NUMBER.matcher(q).replaceAll("[number]");
        if (q.length() <= MAX) return q;
        int end = Character.isHighSurrogate(q.charAt(MAX - 1)) ? MAX - 1 : MAX; // never half a character
        return q.substring(0, end);
    }
}
