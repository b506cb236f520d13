package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Link and style problems point at the line inside the body where they stand, with words for the writer. */
class LineOfProblemTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "link-https/javascript-in-body | 17 | javascript: link can run code",
            "link-https/protocol-relative | 17 | protocol-relative",
            "link-https/external-image | 17 | replies show no images",
            "link-https/http-in-body | 17 | https"})
    void an_unsafe_link_is_reported_on_its_own_line(String fixture, int line, String words) {
        Validation v = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid", "rules/" + fixture));
        assertThat(v.errors()).filteredOn(p -> p.rule() == Rule.LINK_HTTPS)
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(words);
                });
    }

    @Test
    void an_avoided_phrase_is_a_warning_on_its_line_with_the_reason_and_the_wording_to_use() {
        Validation v = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid", "rules/style-avoid/very-secure"));
        assertThat(v.ok()).isTrue();
        assertThat(v.problems()).filteredOn(p -> p.rule() == Rule.STYLE_AVOID).singleElement().satisfies(p -> {
            assertThat(p.toText()).isEqualTo("snippets/why-dicom-security/journalists.yaml:17: style-avoid: warning: 'very secure' in body: "
                    + "the 2019 letter said so; the TLS profiles have since changed; instead: specified since about 2000 and updated as TLS evolved");
        });
    }

    @Test
    void the_shipped_library_has_a_press_contact_and_no_style_warnings() {
        Validation v = new LibraryValidator().validate(Fixtures.shippedLibrary());
        assertThat(v.library().matrix().pressContact()).isPresent();
        assertThat(v.problems()).filteredOn(p -> p.rule() == Rule.STYLE_AVOID).isEmpty();
        assertThat(v.library().matrix().avoid()).hasSizeGreaterThanOrEqualTo(5);
    }
}
