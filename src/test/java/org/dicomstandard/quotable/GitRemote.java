package org.dicomstandard.quotable;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real git "remote" for sync tests: a bare repository, plus a working clone through which the
 * test commits, merges pull requests and pushes, as GitHub and its reviewers would.
 */
public final class GitRemote implements AutoCloseable {
    public static final String REPLY = "snippets/why-dicom-security/journalists.yaml";
    private static final PersonIdent WG14 = new PersonIdent("WG-14 Secretariat", "secretariat@example.org");

    private final Path bare;
    private final Git work;

    private GitRemote(Path bare, Git work) {
        this.bare = bare;
        this.work = work;
    }

    /** A bare remote whose {@code main} holds the given fixture layers as one first commit. */
    public static GitRemote seeded(Path dir, String... fixtureLayers) {
        try {
            Path bare = dir.resolve("remote.git");
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
            Git work = Git.init().setInitialBranch("main").setDirectory(dir.resolve("work").toFile()).call();
            StoredConfig config = work.getRepository().getConfig();
            config.setString("remote", "origin", "url", bare.toString());
            config.save();
            GitRemote remote = new GitRemote(bare, work);
            Fixtures.layer(dir.resolve("work"), fixtureLayers);
            remote.commitAll("Initial library");
            remote.push("main", false);
            return remote;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bare remote whose {@code main} holds a copy of a library folder (audiences.yaml and snippets/). */
    public static GitRemote seededFrom(Path dir, Path library) {
        GitRemote remote = seeded(dir);
        Path work = remote.work.getRepository().getWorkTree().toPath();
        try {
            Files.copy(library.resolve("audiences.yaml"), work.resolve("audiences.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fixtures.copyTree(library.resolve("snippets"), work.resolve("snippets"));
        remote.commitAll("Library as shipped");
        remote.push("main", false);
        return remote;
    }

    /** The URL a clone is made from (a local path, as git allows). */
    public String url() {
        return bare.toString();
    }

    public Path bare() {
        return bare;
    }

    /** A copy of the fixture reply, moved to another topic and retitled: a new valid reply. */
    public static String newReply(String topic, String title) {
        try {
            String template = Files.readString(Fixtures.resource("library/valid").resolve(REPLY), StandardCharsets.UTF_8);
            return template.replace("why-dicom-security--journalists", topic + "--journalists")
                    .replace("topic: why-dicom-security", "topic: " + topic)
                    .replace("title: Why doesn't DICOM include security?", "title: " + title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same reply with a misspelt key: the validator refuses it. */
    public static String invalidReply(String topic) {
        return newReply(topic, "A reply with a typo").replace("review_by:", "reveiw_by:");
    }

    public static String journalistsPath(String topic) {
        return "snippets/" + topic + "/journalists.yaml";
    }

    /** Commits the files straight onto main and pushes. */
    public RevCommit commit(String message, Map<String, String> files) {
        write(files);
        RevCommit c = commitAll(message);
        push("main", false);
        return c;
    }

    /** The files on a feature branch, merged into main with GitHub's merge commit title, pushed. */
    public RevCommit mergePullRequest(int number, String branch, Map<String, String> files) {
        try {
            work.checkout().setCreateBranch(true).setName(branch).call();
            write(files);
            commitAll("Add " + String.join(", ", files.keySet()));
            work.checkout().setName("main").call();
            work.merge().include(work.getRepository().resolve(branch)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge pull request #" + number + " from wg14/" + branch + "\n\nNew reply").call();
            RevCommit merge = work.log().setMaxCount(1).call().iterator().next();
            push("main", false);
            return merge;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits the files on another branch and pushes that branch; main stays as it is. */
    public RevCommit pushToBranch(String branch, Map<String, String> files) {
        try {
            work.checkout().setCreateBranch(true).setName(branch).call();
            write(files);
            RevCommit c = commitAll("Work in progress");
            push(branch, false);
            work.checkout().setName("main").call();
            return c;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops main's last commit, commits the files instead and force-pushes: history rewritten. */
    public RevCommit rewriteLastCommit(String message, Map<String, String> files) {
        try {
            work.reset().setMode(ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
            write(files);
            RevCommit c = commitAll(message);
            push("main", true);
            return c;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GitHub's push payload for main (or another branch). */
    public static String pushPayload(String branch, String after) {
        return "{\"ref\":\"refs/heads/" + branch + "\",\"before\":\"0000000000000000000000000000000000000000\",\"after\":\""
                + after + "\",\"repository\":{\"full_name\":\"wg14/quotable-library\"},\"pusher\":{\"name\":\"wg14\"}}";
    }

    public static Map<String, String> files(String... pathAndContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathAndContent.length; i += 2) files.put(pathAndContent[i], pathAndContent[i + 1]);
        return files;
    }

    private void write(Map<String, String> files) {
        Path root = work.getRepository().getWorkTree().toPath();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = root.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RevCommit commitAll(String message) {
        try {
            work.add().addFilepattern(".").call();
            PersonIdent now = new PersonIdent(WG14, Instant.now(), ZoneOffset.UTC);
            return work.commit().setMessage(message).setAuthor(now).setCommitter(now).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private void push(String branch, boolean force) {
        try {
            work.push().setRefSpecs(new RefSpec((force ? "+" : "") + "refs/heads/" + branch + ":refs/heads/" + branch)).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        work.close();
    }
}
