package org.dicomstandard.quotable.sync;

import io.micronaut.core.annotation.Nullable;
import org.dicomstandard.quotable.search.LibraryCheckout;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The library folder as a git clone of the library repository: cloned once, then only fetched and
 * fast-forwarded. It never merges, and it never resets over changes it did not make itself.
 */
public final class GitClone implements LibraryCheckout, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GitClone.class);

    private final Path dir;
    private final String remote;
    private final String branch;
    private final CredentialsProvider credentials;
    private Git git;

    public GitClone(Path dir, String remote, String branch, @Nullable String token) {
        this.dir = dir.toAbsolutePath().normalize();
        this.remote = remote;
        this.branch = branch;
        this.credentials = token == null || token.isBlank() ? null : new UsernamePasswordCredentialsProvider("x-access-token", token);
    }

    public Path dir() {
        return dir;
    }

    public String branch() {
        return branch;
    }

    /** The remote's URL without credentials. */
    public String remote() {
        return GitConfiguration.redact(remote);
    }

    /**
     * Clones into an empty or missing folder, or opens an existing clone of the same remote and
     * branch. A folder holding anything else is refused: its files are not ours to replace.
     */
    @Override
    public synchronized void prepare() throws IOException {
        if (git != null) return;
        if (Files.isDirectory(dir.resolve(".git"))) {
            Git existing = Git.open(dir.toFile());
            String url = existing.getRepository().getConfig().getString("remote", "origin", "url");
            String current = existing.getRepository().getBranch();
            if (!remote.equals(url) || !branch.equals(current)) {
                existing.close();
                throw new IOException(dir + " is a clone of " + GitConfiguration.redact(url) + " on branch " + current
                        + ", not of " + remote() + " on " + branch + "; point QUOTABLE_LIBRARY at an empty folder");
            }
            git = existing;
            LOG.info("Serving the existing clone {} of {} ({}) at {}", dir, remote(), branch, abbreviate(head()));
            return;
        }
        if (Files.exists(dir) && !isEmpty(dir)) {
            throw new IOException(dir + " holds files but is not a git clone; Quotable will not clone over them."
                    + " Point QUOTABLE_LIBRARY at an empty folder");
        }
        try {
            long start = System.nanoTime();
            git = Git.cloneRepository().setURI(remote).setDirectory(dir.toFile()).setBranch(branch)
                    .setBranchesToClone(Set.of(Constants.R_HEADS + branch)).setCredentialsProvider(credentials).call();
            if (head() == null) throw new IOException("the remote " + remote() + " has no branch " + branch);
            LOG.info("Cloned {} ({}) into {} in {} ms, at {}", remote(), branch, dir, (System.nanoTime() - start) / 1_000_000,
                    abbreviate(head()));
        } catch (GitAPIException e) {
            // No cause chained: JGit's message can carry the remote URL with its credentials.
            throw new IOException("cannot clone " + remote() + ": " + GitConfiguration.redact(e.getMessage()));
        }
    }

    /** The commit checked out now. */
    public ObjectId head() throws IOException {
        return repository().resolve(Constants.HEAD);
    }

    /** Fetches the served branch and returns the remote's commit; a rewritten remote history is fetched too. */
    public ObjectId fetch() throws IOException {
        String tracking = Constants.R_REMOTES + "origin/" + branch;
        try {
            git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+" + Constants.R_HEADS + branch + ":" + tracking))
                    .setCredentialsProvider(credentials).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot fetch " + remote() + ": " + GitConfiguration.redact(e.getMessage()));
        }
        ObjectId id = repository().resolve(tracking);
        if (id == null) throw new IOException("the remote " + remote() + " has no branch " + branch);
        return id;
    }

    /** Whether {@code target} contains {@code base}, so moving from base to target is a fast-forward. */
    public boolean isFastForward(ObjectId base, ObjectId target) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.isMergedInto(walk.parseCommit(base), walk.parseCommit(target));
        }
    }

    /** Files changed in the clone but not committed (untracked files do not count). */
    public Set<String> localChanges() throws IOException {
        try {
            return git.status().call().getUncommittedChanges();
        } catch (GitAPIException e) {
            throw new IOException("cannot read the status of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Moves the branch and the files forward to {@code target}; refuses anything but a fast-forward. */
    public void fastForward(ObjectId target) throws IOException {
        try {
            MergeResult result = git.merge().include(target).setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
                    .setCommit(true).call();
            if (result.getMergeStatus() != MergeResult.MergeStatus.FAST_FORWARD
                    && result.getMergeStatus() != MergeResult.MergeStatus.ALREADY_UP_TO_DATE) {
                throw new IOException("fast-forward to " + abbreviate(target) + " did not happen: " + result.getMergeStatus());
            }
        } catch (GitAPIException e) {
            throw new IOException("cannot fast-forward to " + abbreviate(target) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the branch and the files back to {@code previous}, undoing our own fast-forward of a
     * commit the library refused, so the files on disk stay the ones being served (and a restart
     * serves them too). Only called right after {@link #fastForward} on a clone without local changes.
     */
    public void undoFastForward(ObjectId previous) throws IOException {
        try {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(previous.name()).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot go back to " + abbreviate(previous) + ": " + e.getMessage(), e);
        }
    }

    public Repository repository() {
        if (git == null) throw new IllegalStateException("the clone is not prepared");
        return git.getRepository();
    }

    public static String abbreviate(@Nullable ObjectId id) {
        return id == null ? "(none)" : id.abbreviate(7).name();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public synchronized void close() {
        if (git != null) git.close();
    }
}
