package org.dicomstandard.quotable.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A loaded library: the matrix and every reply file that could be read, in path order. */
public record Library(Matrix matrix, List<SnippetFile> files) {

    public Library {
        files = files.stream().sorted(Comparator.comparing(SnippetFile::path)).toList();
    }

    public List<Snippet> snippets() {
        return files.stream().map(SnippetFile::snippet).toList();
    }

    public Optional<SnippetFile> file(String id) {
        return files.stream().filter(f -> id.equals(f.snippet().id())).findFirst();
    }
}
