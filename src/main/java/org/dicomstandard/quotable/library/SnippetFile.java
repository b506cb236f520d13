package org.dicomstandard.quotable.library;

import java.util.Map;

/**
 * A reply together with where it came from: its path relative to the library root and the line of
 * each top-level key, so every rule can point at the line to fix.
 */
public record SnippetFile(String path, Snippet snippet, Map<String, Integer> keyLines) {

    public SnippetFile {
        keyLines = Map.copyOf(keyLines);
    }

    /** The line of a top-level key (snake_case, as in the file), or 1 when the key is absent. */
    public int line(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    /**
     * The file line of a line within a key's text: a multi-line text is a block scalar whose first
     * line follows the key's; a one-line text sits on the key's own line.
     */
    public int lineWithin(String key, String text, int lineInText) {
        return text != null && text.indexOf('\n') >= 0 ? line(key) + 1 + lineInText : line(key);
    }
}
