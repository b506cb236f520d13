package org.dicomstandard.quotable.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.github.FakeGitHub;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Source;
import org.dicomstandard.quotable.library.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal from chat becomes a branch, one commit and a pull request on (a fake) GitHub, and only when it validates. */
class ProposalsTest {
    private static final String ASKED = "Are hospitals told which DICOM devices lack TLS?";

    @TempDir
    Path root;

    private static Proposal proposal(String topic, String audience, String lang, String body) {
        return new Proposal(ASKED, topic, audience, lang, "Why do few devices use TLS?",
                "Many installed devices predate the secure profiles; sites can turn them on as they replace equipment.", body,
                List.of(new Source("DICOM PS3.15", "https://dicom.nema.org/medical/dicom/current/output/html/part15.html")),
                List.of("Why is DICOM traffic unencrypted?", "Does DICOM support TLS?"), "secretariat");
    }

    private Proposals proposals(FakeGitHub github) {
        Fixtures.layer(root, "library/valid");
        return new Proposals(github.client(Duration.ofSeconds(2)), () -> root, Fixtures.TODAY);
    }

    @Test
    void a_new_reply_is_committed_on_a_branch_and_opened_as_a_pull_request() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            Proposals.Opened opened = proposals(github).propose(proposal("tls-adoption", "vendors", "en", "Secure transport is **specified**."));

            assertThat(opened.edit()).isFalse();
            assertThat(opened.path()).isEqualTo("snippets/tls-adoption/vendors.yaml");
            assertThat(opened.url()).isEqualTo("https://github.com/" + FakeGitHub.REPO + "/pull/" + opened.number());
            String branch = "reply/tls-adoption--vendors-20261125-100000";
            String committed = github.branches.get(branch).get(opened.path());
            assertThat(committed).contains("status: draft").doesNotContain("approved_by");
            assertThat(github.branches.get("main")).doesNotContainKey(opened.path());
            JsonNode pr = github.openedPulls().get(0);
            assertThat(pr.path("head_ref").asText()).isEqualTo(branch);
            assertThat(pr.path("base").asText()).isEqualTo("main");
            assertThat(pr.path("body").asText()).contains("secretariat", ASKED);

            // what was committed validates, with the asked question first
            Path check = Files.createDirectories(root.resolve("snippets/tls-adoption")).resolve("vendors.yaml");
            Files.writeString(check, committed);
            Validation v = new LibraryValidator(Fixtures.TODAY).validate(root);
            assertThat(v.errors()).isEmpty();
            assertThat(v.library().file("tls-adoption--vendors").orElseThrow().snippet().questions()).first().isEqualTo(ASKED);
        }
    }

    @Test
    void an_existing_reply_gets_an_edit_pull_request() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            String path = "snippets/why-dicom-security/journalists.yaml";
            github.branches.get("main").put(path, "the approved text");
            Proposals.Opened opened = proposals(github).propose(proposal("why-dicom-security", "journalists", "en", "A better body."));
            assertThat(opened.edit()).isTrue();
            assertThat(github.openedPulls().get(0).path("title").asText()).startsWith("Edit reply why-dicom-security--journalists");
            assertThat(github.branches.get("main").get(path)).isEqualTo("the approved text");
        }
    }

    @Test
    void a_draft_that_does_not_validate_sends_nothing() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            String long800 = "word ".repeat(800);
            assertThatThrownBy(() -> proposals(github).propose(proposal("tls-adoption", "vendors", "en", long800)))
                    .isInstanceOfSatisfying(ProposalException.class, e -> assertThat(e.problems()).anyMatch(p -> p.startsWith("words-total:")));
            assertThatThrownBy(() -> proposals(github).propose(proposal("no-such-topic", "vendors", "en", "x")))
                    .isInstanceOfSatisfying(ProposalException.class, e -> assertThat(e.problems()).anyMatch(p -> p.startsWith("topic-unknown:")));
            assertThat(github.requests).isEmpty();
        }
    }

    @Test
    void github_refusing_is_a_clear_message_without_the_token() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            github.failWith(403);
            assertThatThrownBy(() -> proposals(github).propose(proposal("tls-adoption", "vendors", "de", "Sichere Übertragung ist spezifiziert.")))
                    .isInstanceOf(ProposalException.class)
                    .hasMessageContaining("GitHub answered 403").hasMessageNotContaining(FakeGitHub.TOKEN);
        }
    }
}
