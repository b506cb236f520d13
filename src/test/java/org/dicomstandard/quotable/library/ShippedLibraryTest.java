package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library in this repository: it validates, and it covers the cells the group asked for. */
class ShippedLibraryTest {
    private static Validation validation;

    @BeforeAll
    static void load() {
        validation = new LibraryValidator().validate(Fixtures.shippedLibrary());
    }

    private static List<Snippet> approved() {
        return validation.library().snippets().stream().filter(Snippet::isApproved).toList();
    }

    @Test
    void the_shipped_library_validates_without_errors() {
        assertThat(validation.errors()).as(validation.errors().toString()).isEmpty();
        assertThat(validation.library().files()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void every_topic_has_an_approved_public_journalists_reply_in_english() {
        for (String topic : validation.library().matrix().topics().keySet()) {
            assertThat(approved()).as(topic).anyMatch(s -> s.topic().equals(topic) && s.audience().equals("journalists")
                    && s.language().equals("en") && s.isPublic());
        }
    }

    @ParameterizedTest(name = "{0} for {1} in {2}")
    @CsvSource({
            "why-dicom-security, general-public, en", "why-dicom-security, researchers, en",
            "why-dicom-security, journalists, de", "heise-rebuttal, journalists, de",
            "misconfiguration-response, end-users, en", "misconfiguration-response, pacs-admins, en",
            "misconfiguration-response, researchers, en", "admin-checklist, pacs-admins, en",
            "admin-checklist, cisos, en", "manageable-network, cisos, en", "tls-adoption, vendors, en",
            "tls-adoption, end-users, en", "malware-defense, end-users, en", "shared-responsibility, vendors, en"})
    void the_cells_the_group_asked_for_have_an_approved_reply(String topic, String audience, String language) {
        assertThat(approved()).anyMatch(s -> s.topic().equals(topic) && s.audience().equals(audience) && s.language().equals(language));
    }

    @Test
    void the_library_holds_an_internal_reply_so_leaks_can_be_tested_on_real_content() {
        // Drafts are tested on the serving fixture (library/serving): the shipped library has none once all are approved.
        assertThat(approved()).anyMatch(s -> !s.isPublic());
    }
}
