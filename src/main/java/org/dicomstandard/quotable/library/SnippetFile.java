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
}
