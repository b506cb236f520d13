package org.dicomstandard.quotable.library;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({"0, PT0S", "500ms, PT0.5S", "30s, PT30S", "5m, PT5M", "12h, PT12H", "30d, PT720H", "2w, PT336H",
            "P2W, PT336H", "PT5M, PT5M", "365D, PT8760H"})
    void every_documented_form_is_read(String text, String expected) {
        assertThat(Durations.parse(text)).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "soon", "P1M", "P1Y", "-5m", "5 minutes", ""})
    void forms_without_a_fixed_length_or_unit_are_refused(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }
}
