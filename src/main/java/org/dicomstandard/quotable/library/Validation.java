package org.dicomstandard.quotable.library;

import java.util.List;

/** The outcome of loading and checking a library: what could be loaded, and every problem found. */
public record Validation(Library library, List<Problem> problems) {

    public Validation {
        problems = problems.stream().sorted().toList();
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
