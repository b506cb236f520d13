package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Validation;

import java.nio.file.Path;

/**
 * The serving fixture: {@code library/valid} plus {@code library/serving}, one reply in each state:
 * public, German, internal, draft, retired, embargoed until 2030, and overdue since 2026-01-10.
 */
final class ServingFixture {
    private ServingFixture() {
    }

    static Library load(Path root) {
        Validation v = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid", "library/serving"));
        if (!v.ok()) throw new AssertionError("serving fixture does not validate: " + v.errors());
        return v.library();
    }
}
