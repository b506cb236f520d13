package org.dicomstandard.quotable.library;

/** A file that could not be read as the record it should hold; carries the located problem. */
public final class YamlFileException extends Exception {
    private final transient Problem problem;

    public YamlFileException(Problem problem) {
        super(problem.toText(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
