package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsTest {
    private Suggestions suggestions;

    @BeforeAll
    void build() throws IOException {
        suggestions = Suggestions.build(new LibraryValidator(Fixtures.TODAY)
                .validate(Fixtures.layer(Files.createTempDirectory("quotable-suggest"), "library/valid")).library().snippets());
    }

    @AfterAll
    void close() throws IOException {
        suggestions.close();
    }

    @Test
    void a_key_the_analyser_drops_entirely_completes_nothing_without_an_error() {
        for (String key : List.of("???", "*", "\u0000", "\uD800", "-- \"", "the", "x".repeat(300), "日本")) {
            assertThat(suggestions.lookup(key, 5, id -> true)).as(key).isEmpty();
        }
        assertThat(suggestions.lookup("secur", 5, id -> true)).extracting(Suggestion::text).contains("Why doesn't DICOM include security?");
    }

    @Test
    void a_failure_that_is_not_bad_input_reaches_the_caller_instead_of_looking_like_no_completions() {
        assertThatThrownBy(() -> suggestions.lookup("secur", 5, id -> {
            throw new IllegalStateException("visibility check failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("visibility check failed");
    }
}
