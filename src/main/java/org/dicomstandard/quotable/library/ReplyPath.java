package org.dicomstandard.quotable.library;

import java.util.Optional;

/**
 * What a reply's file path says about it: {@code snippets/<topic>/<audience>.yaml} is English,
 * {@code snippets/<topic>/<audience>.<lang>.yaml} another language. The id follows from it.
 */
public record ReplyPath(String topic, String audience, String language) {

    public static Optional<ReplyPath> parse(String relativePath) {
        String[] parts = relativePath.split("/");
        if (parts.length != 3 || !parts[0].equals("snippets") || !parts[2].endsWith(".yaml")) {
            return Optional.empty();
        }
        String name = parts[2].substring(0, parts[2].length() - ".yaml".length());
        int dot = name.indexOf('.');
        String audience = dot < 0 ? name : name.substring(0, dot);
        String language = dot < 0 ? "en" : name.substring(dot + 1);
        if (audience.isEmpty() || language.isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReplyPath(parts[1], audience, language));
    }

    /** The id a reply at this path must have: {@code <topic>--<audience>}, plus {@code --<lang>} when not English. */
    public String expectedId() {
        return idFor(topic, audience, language);
    }

    public static String idFor(String topic, String audience, String language) {
        return topic + "--" + audience + ("en".equalsIgnoreCase(language) ? "" : "--" + language);
    }

    public String expectedPath() {
        return "snippets/" + topic + "/" + audience + ("en".equalsIgnoreCase(language) ? "" : "." + language) + ".yaml";
    }
}
