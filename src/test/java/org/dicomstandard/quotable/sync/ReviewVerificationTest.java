package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.github.FakeGitHub;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After the merge: a reply is verified only when the reviews of the pull request that last changed it confirm approved_by. */
class ReviewVerificationTest {
    private static final String HEAD = "c0ffee0000000000000000000000000000000001";
    private static final Instant MERGED = Instant.parse("2026-01-10T12:00:00Z");

    @TempDir
    Path root;
    @TempDir
    Path data;

    @Test
    void the_reviews_confirm_or_refute_approved_by_and_are_fetched_once() throws Exception {
        Library library = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid")).library();
        Map<String, Provenance.Entry> byId = Map.of(
                "why-dicom-security--journalists", new Provenance.Entry(HEAD, MERGED, 12),
                "why-dicom-security--journalists--de", new Provenance.Entry(HEAD, MERGED, 12),
                "exposed-pacs-report--vendors", new Provenance.Entry(HEAD, MERGED, 13));
        try (FakeGitHub github = new FakeGitHub()) {
            github.pull(12, "carol-writer", HEAD);
            github.review(12, "alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
            github.pull(13, "alice-wg14", HEAD); // alice opened it: her own approval does not count
            github.review(13, "alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
            ReviewVerification verification = new ReviewVerification(github.client(Duration.ofSeconds(2)), data);

            assertThat(verification.verify(library, byId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "why-dicom-security--journalists", true, "why-dicom-security--journalists--de", true,
                    "exposed-pacs-report--vendors", false));
            assertThat(data.resolve("github/pull-12.json")).exists();
            assertThat(Files.readString(data.resolve("github/pull-12.json"))).doesNotContain(FakeGitHub.TOKEN);
            int calls = github.requests.size();

            github.failWith(500); // merged pull requests' reviews are final: the cache answers
            assertThat(verification.verify(library, byId)).containsEntry("why-dicom-security--journalists", true);
            assertThat(github.requests).hasSize(calls);
        }
    }

    @Test
    void github_failing_leaves_the_replies_unverified_and_caches_nothing() throws Exception {
        Library library = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid")).library();
        try (FakeGitHub github = new FakeGitHub()) {
            github.pull(12, "carol-writer", HEAD);
            github.review(12, "alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
            github.failWith(403);
            ReviewVerification verification = new ReviewVerification(github.client(Duration.ofSeconds(2)), data);
            assertThat(verification.verify(library, Map.of("why-dicom-security--journalists", new Provenance.Entry(HEAD, MERGED, 12))))
                    .containsExactly(Map.entry("why-dicom-security--journalists", false));
            assertThat(data.resolve("github/pull-12.json")).doesNotExist();

            github.failWith(0); // the next sync tries again
            assertThat(verification.verify(library, Map.of("why-dicom-security--journalists", new Provenance.Entry(HEAD, MERGED, 12))))
                    .containsExactly(Map.entry("why-dicom-security--journalists", true));
        }
    }
}
