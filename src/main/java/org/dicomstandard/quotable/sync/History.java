package org.dicomstandard.quotable.sync;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads from git history which commit last changed each of a set of files. */
final class History {
    private History() {
    }

    /**
     * Walks the served branch back from {@code head}, first parents only, and gives each path the
     * newest commit whose tree differs from its first parent's there. First parents only, because
     * the commit that brought a change to the branch is the one that names the pull request: the
     * merge commit, not the author's commit on the feature branch. The walk stops once every path
     * has its commit, so a long history costs only as far back as the oldest unchanged reply.
     */
    static Map<String, Provenance.Entry> lastChanges(Repository repo, ObjectId head, Collection<String> paths) throws IOException {
        Set<String> wanted = new HashSet<>(paths);
        Map<String, Provenance.Entry> found = new HashMap<>();
        if (wanted.isEmpty()) return found;
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            tree.setRecursive(true);
            tree.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(wanted), TreeFilter.ANY_DIFF));
            for (RevCommit commit : walk) {
                tree.reset();
                if (commit.getParentCount() > 0) {
                    tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                } else {
                    tree.addTree(new EmptyTreeIterator());
                }
                tree.addTree(commit.getTree());
                Provenance.Entry entry = null;
                while (tree.next()) {
                    String path = tree.getPathString();
                    if (wanted.contains(path) && !found.containsKey(path)) {
                        if (entry == null) entry = entry(commit);
                        found.put(path, entry);
                    }
                }
                if (found.size() == wanted.size()) break;
            }
        }
        return found;
    }

    private static Provenance.Entry entry(RevCommit commit) {
        return new Provenance.Entry(commit.name(), commit.getCommitterIdent().getWhenAsInstant(),
                Provenance.pullRequest(commit.getFullMessage()).orElse(null));
    }
}
