package org.dicomstandard.quotable.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question in a Teams message. Teams sends the text with the bot's mention as
 * {@code <at>Quotable</at>}, sometimes other markup ({@code <p>}, {@code <br>}) and HTML entities
 * ({@code &nbsp;}, {@code &#39;}). Every mention is dropped (a colleague's name is not part of the
 * question, and the unanswered-questions log must not collect names), other tags are dropped,
 * entities decoded, and white space folded.
 *
 * @param question  what was asked, as plain text
 * @param mentioned the name in the first mention (how the team calls the bot), or null
 */
record MessageText(String question, String mentioned) {
    private static final Pattern MENTION = Pattern.compile("<at\\b[^>]*>(.*?)</at\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    static MessageText of(String teamsText) {
        String t = teamsText == null ? "" : teamsText;
        Matcher m = MENTION.matcher(t);
        String mentioned = m.find() ? plain(m.group(1)) : null;
        t = MENTION.matcher(t).replaceAll(" ");
        return new MessageText(plain(t), mentioned == null || mentioned.isBlank() ? null : mentioned);
    }

    private static String plain(String html) {
        String noTags = TAG.matcher(html).replaceAll(" ");
        return decode(noTags).replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\s\\u00a0]+", " ").strip();
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return Character.toString(Integer.parseInt(name.substring(2), 16));
            if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException outOfRange) {
            return " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "rsquo", "lsquo" -> "'";
            case "rdquo", "ldquo" -> "\"";
            default -> whole;
        };
    }
}
