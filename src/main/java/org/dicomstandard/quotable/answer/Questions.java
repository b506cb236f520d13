package org.dicomstandard.quotable.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The questions in a longer message (a forwarded journalist's e-mail, a colleague's post): every
 * sentence that ends with a question mark, in order, without repeats; a message with none is taken as
 * one question. Quoted lines ({@code > …}) and mentions are left out.
 */
public final class Questions {
    /** The longest message read for questions; Slack allows 40,000 characters, an e-mail rarely needs this many. */
    public static final int MAX_MESSAGE = 8000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?.!])\\s+|\\n{2,}");
    private static final Pattern MENTION = Pattern.compile("<[@#!][^>]*>");

    private Questions() {
    }

    /** At most {@code max} questions found in {@code message}, each at most {@link Question#MAX_LENGTH} characters. */
    public static List<String> in(String message, int max) {
        String text = message == null ? "" : MENTION.matcher(message).replaceAll(" ");
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.stripLeading().startsWith(">") && !line.stripLeading().startsWith("&gt;")) kept.append(line).append('\n');
        }
        Set<String> questions = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(kept)) {
            String sentence = s.strip().replaceAll("\\s+", " ");
            if (sentence.isEmpty()) continue;
            sentences.add(sentence);
            if (sentence.endsWith("?") && sentence.length() <= Question.MAX_LENGTH) questions.add(sentence);
        }
        if (questions.isEmpty() && !sentences.isEmpty()) {
            String whole = String.join(" ", sentences);
            questions.add(whole.length() <= Question.MAX_LENGTH ? whole : whole.substring(0, Question.MAX_LENGTH));
        }
        return questions.stream().limit(max).toList();
    }
}
