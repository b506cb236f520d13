package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Status;
import org.dicomstandard.quotable.library.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTest {

    @Test
    void the_pull_request_number_comes_from_a_merge_or_squash_title() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        numbers.put("Merge pull request #12 from wg14/tls-reply", 12);
        numbers.put("Add the TLS reply for vendors (#34)", 34);
        numbers.put("Add the TLS reply for vendors (#34)   ", 34);
        numbers.put("Merge pull request #7 from wg14/x\n\nAdds a reply (#99)", 7);
        numbers.put("Fix #12: typo in the TLS reply", null);
        numbers.put("Revert \"Add the TLS reply (#34)\"", null);
        numbers.put("Merge branch 'main' into tls-reply", null);
        numbers.put("Initial library", null);
        numbers.forEach((message, number) ->
                assertThat(Provenance.pullRequest(message).orElse(null)).as(message).isEqualTo(number));
    }

    private static Snippet reply(List<String> approvers, LocalDate approvedOn) {
        return new Snippet("tls-adoption--vendors", "tls-adoption", "vendors", "en", Status.APPROVED, Visibility.PUBLIC, "t",
                List.of(), "s", "b", List.of(), approvers, approvedOn, approvedOn.plusYears(1), null);
    }

    @Test
    void without_git_the_yaml_alone_describes_the_approval() {
        Provenance none = new Provenance();
        assertThat(none.of("tls-adoption--vendors")).isEmpty();
        assertThat(none.describe(reply(List.of("rhorn-wg14", "lspellman-dicom"), LocalDate.parse("2026-11-20"))))
                .isEqualTo("approved by rhorn-wg14, lspellman-dicom on 2026-11-20 (unverified)");
    }

    @Test
    void with_git_the_pull_request_and_a_later_merge_day_are_named() {
        Provenance p = new Provenance();
        String commit = "1a2b3c4d5e6f7081920a1b2c3d4e5f6071829304";
        p.publish(Map.of("tls-adoption--vendors", new Provenance.Entry(commit, Instant.parse("2026-11-20T16:40:00Z"), 12)));
        assertThat(p.describe(reply(List.of("rhorn-wg14", "lspellman-dicom"), LocalDate.parse("2026-11-20"))))
                .isEqualTo("approved by rhorn-wg14, lspellman-dicom on 2026-11-20, PR #12 (unverified)");
        p.publishVerified(Map.of("tls-adoption--vendors", true));
        assertThat(p.verified("tls-adoption--vendors")).isTrue();
        assertThat(p.describe(reply(List.of("rhorn-wg14", "lspellman-dicom"), LocalDate.parse("2026-11-20"))))
                .isEqualTo("approved on GitHub by rhorn-wg14, lspellman-dicom on 2026-11-20, PR #12");

        p.publish(Map.of("tls-adoption--vendors", new Provenance.Entry(commit, Instant.parse("2026-11-24T08:00:00Z"), 12)));
        assertThat(p.describe(reply(List.of("rhorn-wg14", "lspellman-dicom"), LocalDate.parse("2026-11-20"))))
                .isEqualTo("approved by rhorn-wg14, lspellman-dicom on 2026-11-20, PR #12 merged 2026-11-24 (unverified)");
        assertThat(p.verified("tls-adoption--vendors")).as("a new sync is unconfirmed until its reviews are read").isFalse();

        p.publish(Map.of("tls-adoption--vendors", new Provenance.Entry(commit, Instant.parse("2026-11-21T16:40:00Z"), null)));
        assertThat(p.describe(reply(List.of("rhorn-wg14"), LocalDate.parse("2026-11-20"))))
                .isEqualTo("approved by rhorn-wg14 on 2026-11-20, commit 1a2b3c4 of 2026-11-21 (unverified)");
    }
}
