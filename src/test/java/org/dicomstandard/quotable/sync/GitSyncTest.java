package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.GitRemote;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.search.LiveLibrary;
import org.dicomstandard.quotable.search.SearchRequest;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomstandard.quotable.GitRemote.files;
import static org.dicomstandard.quotable.GitRemote.journalistsPath;
import static org.dicomstandard.quotable.GitRemote.newReply;

/** Git sync on real repositories: a bare remote, a clone served by a live library, no HTTP. */
class GitSyncTest {
    private static final Instant NOW = Fixtures.TODAY.instant();

    @TempDir
    Path tmp;
    GitRemote remote;
    GitClone clone;
    LiveLibrary library;
    Provenance provenance;
    GitSync sync;

    @BeforeEach
    void serveAClone() throws IOException {
        remote = GitRemote.seeded(tmp.resolve("origin"), "library/valid");
        clone = new GitClone(tmp.resolve("clone"), remote.url(), "main", null);
        clone.prepare();
        library = new LiveLibrary(clone.dir(), ServingRules.DEFAULT, Fixtures.TODAY);
        provenance = new Provenance();
        sync = new GitSync(clone, library, provenance, Duration.ZERO, Fixtures.TODAY);
    }

    @AfterEach
    void close() {
        sync.close();
        library.close();
        clone.close();
        remote.close();
    }

    private boolean served(String id) {
        return library.withIndex(i -> i.snippet(id, Access.INTERNAL, NOW)).isPresent();
    }

    private boolean answers(String question, String topic) {
        return library.withIndex(i -> i.search(SearchRequest.of(question), Access.PUBLIC, NOW)).hits().stream()
                .anyMatch(h -> h.snippet().topic().equals(topic));
    }

    @Test
    void a_new_commit_is_fast_forwarded_and_served() throws IOException {
        RevCommit c = remote.commit("Add TLS reply", files(journalistsPath("tls-adoption"),
                newReply("tls-adoption", "Why do few imaging devices use certificates?")));

        SyncStatus s = sync.sync("test");

        assertThat(s.outcome()).isEqualTo(SyncStatus.Outcome.UPDATED);
        assertThat(clone.head()).isEqualTo(c.getId());
        assertThat(answers("certificates for imaging devices", "tls-adoption")).isTrue();
        assertThat(library.status().trigger()).isEqualTo("git " + c.abbreviate(7).name() + " (test)");
        assertThat(sync.sync("test").outcome()).isEqualTo(SyncStatus.Outcome.UP_TO_DATE);
    }

    @Test
    void a_push_of_an_invalid_reply_is_rejected_and_the_old_library_keeps_answering() throws IOException {
        String before = GitClone.abbreviate(clone.head());
        RevCommit bad = remote.commit("Add a reply with a typo", files(journalistsPath("cloud-deployment"),
                GitRemote.invalidReply("cloud-deployment")));

        SyncStatus s = sync.sync("push");

        assertThat(s.outcome()).isEqualTo(SyncStatus.Outcome.REJECTED);
        assertThat(s.refused()).isEqualTo(bad.abbreviate(7).name());
        assertThat(s.detail()).contains(bad.abbreviate(7).name(), "schema-unknown-field", "snippets/cloud-deployment/journalists.yaml");
        assertThat(library.status().accepted()).isFalse();
        assertThat(library.status().trigger()).contains(bad.abbreviate(7).name());
        assertThat(library.status().problems()).anyMatch(p -> p.contains("schema-unknown-field"));
        // the last good library answers, and the files on disk are the served ones again
        assertThat(answers("Does DICOM support encryption?", "why-dicom-security")).isTrue();
        assertThat(GitClone.abbreviate(clone.head())).isEqualTo(before);
        assertThat(clone.dir().resolve(journalistsPath("cloud-deployment"))).doesNotExist();
        // the same commit is not tried again, and still reported
        SyncStatus again = sync.sync("periodic fetch");
        assertThat(again.outcome()).isEqualTo(SyncStatus.Outcome.REJECTED);
        assertThat(again.refused()).isEqualTo(bad.abbreviate(7).name());

        // a fix on top of it is a fast-forward from the serving commit and loads
        RevCommit fix = remote.commit("Fix the typo", files(journalistsPath("cloud-deployment"),
                newReply("cloud-deployment", "Is the cloud safe for images?")));
        assertThat(sync.sync("push").outcome()).isEqualTo(SyncStatus.Outcome.UPDATED);
        assertThat(clone.head()).isEqualTo(fix.getId());
        assertThat(served("cloud-deployment--journalists")).isTrue();
        assertThat(library.status().accepted()).isTrue();
    }

    @Test
    void a_non_fast_forward_history_is_refused_and_reported() throws IOException {
        RevCommit first = remote.commit("Add TLS reply", files(journalistsPath("tls-adoption"),
                newReply("tls-adoption", "Why do few imaging devices use certificates?")));
        assertThat(sync.sync("push").outcome()).isEqualTo(SyncStatus.Outcome.UPDATED);
        RevCommit rewritten = remote.rewriteLastCommit("Add malware reply instead", files(journalistsPath("malware-defense"),
                newReply("malware-defense", "How do hospitals keep malware out of DICOM files?")));

        SyncStatus s = sync.sync("push");

        assertThat(s.outcome()).isEqualTo(SyncStatus.Outcome.NOT_FAST_FORWARD);
        assertThat(s.refused()).isEqualTo(rewritten.abbreviate(7).name());
        assertThat(s.serving()).isEqualTo(first.abbreviate(7).name());
        assertThat(s.detail()).contains("does not contain the serving commit " + first.abbreviate(7).name(), "force-pushed");
        assertThat(clone.head()).isEqualTo(first.getId());
        assertThat(served("tls-adoption--journalists")).isTrue();
        assertThat(served("malware-defense--journalists")).isFalse();
        assertThat(library.status().accepted()).isTrue();
        assertThat(new GitHealth(sync).details(s)).containsEntry("outcome", "NOT_FAST_FORWARD")
                .containsEntry("refusedCommit", rewritten.abbreviate(7).name());
    }

    @Test
    void local_changes_in_the_clone_are_never_overwritten() throws IOException {
        Path reply = clone.dir().resolve(GitRemote.REPLY);
        Files.writeString(reply, Files.readString(reply, StandardCharsets.UTF_8).replace("Vendors ship it.", "Vendors ship it (edited here)."),
                StandardCharsets.UTF_8);
        RevCommit c = remote.commit("Reword", files(GitRemote.REPLY, newReply("why-dicom-security", "Is DICOM security optional?")));

        SyncStatus s = sync.sync("push");

        assertThat(s.outcome()).isEqualTo(SyncStatus.Outcome.LOCAL_CHANGES);
        assertThat(s.detail()).contains(GitRemote.REPLY);
        assertThat(clone.head()).isNotEqualTo(c.getId());
        assertThat(Files.readString(reply, StandardCharsets.UTF_8)).contains("(edited here)");
    }

    @Test
    void provenance_of_a_reply_merged_as_a_pull_request_shows_its_number() throws IOException {
        RevCommit merge = remote.mergePullRequest(12, "tls-reply", files(journalistsPath("tls-adoption"),
                newReply("tls-adoption", "Why do few imaging devices use certificates?")));
        RevCommit squash = remote.commit("Add malware reply (#34)", files(journalistsPath("malware-defense"),
                newReply("malware-defense", "How do hospitals keep malware out of DICOM files?")));

        sync.sync("push");

        Provenance.Entry tls = provenance.of("tls-adoption--journalists").orElseThrow();
        assertThat(tls.commit()).isEqualTo(merge.name());
        assertThat(tls.pullRequest()).isEqualTo(12);
        assertThat(tls.date()).isEqualTo(merge.getCommitterIdent().getWhenAsInstant());
        assertThat(provenance.of("malware-defense--journalists").orElseThrow().pullRequest()).isEqualTo(34);
        assertThat(provenance.of("malware-defense--journalists").orElseThrow().commit()).isEqualTo(squash.name());
        // the first commit named no pull request: the commit stands in for it
        Provenance.Entry first = provenance.of("why-dicom-security--journalists").orElseThrow();
        assertThat(first.pullRequest()).isNull();

        var snippet = library.withIndex(i -> i.snippet("tls-adoption--journalists", Access.INTERNAL, NOW)).orElseThrow();
        // the fixture was approved on 2026-01-10 and merged today
        assertThat(provenance.describe(snippet)).isEqualTo("approved by alice-wg14 on 2026-01-10, PR #12 merged " + tls.day() + " (unverified)");
        var old = library.withIndex(i -> i.snippet("why-dicom-security--journalists", Access.INTERNAL, NOW)).orElseThrow();
        assertThat(provenance.describe(old)).isEqualTo("approved by alice-wg14 on 2026-01-10, commit " + first.shortCommit() + " of " + first.day() + " (unverified)");
    }

    @Test
    void a_folder_with_other_files_is_never_cloned_over() throws IOException {
        Path busy = tmp.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> new GitClone(busy, remote.url(), "main", null).prepare()).hasMessageContaining("not a git clone");

        GitRemote other = GitRemote.seeded(tmp.resolve("other"), "library/valid");
        try (GitClone wrong = new GitClone(clone.dir(), other.url(), "main", null)) {
            assertThatThrownBy(wrong::prepare).hasMessageContaining("is a clone of " + remote.url());
        } finally {
            other.close();
        }
        try (GitClone reopened = new GitClone(clone.dir(), remote.url(), "main", null)) {
            reopened.prepare();
            assertThat(reopened.head()).isEqualTo(clone.head());
        }
    }
}
