package org.dicomstandard.quotable.library;

import java.time.LocalDate;
import java.util.List;

/** A group of rules applied to one reply file. */
interface SnippetCheck {

    /** What a check may consult besides the file: the matrix and today's date. */
    record Context(Matrix matrix, LocalDate today) {
    }

    void check(SnippetFile file, Context context, List<Problem> out);
}
