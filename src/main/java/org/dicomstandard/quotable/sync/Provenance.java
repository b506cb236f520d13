package org.dicomstandard.quotable.sync;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.library.Snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each served reply came from in git: the commit of the served branch that last changed its
 * file, that commit's date and the pull request it merged. Filled by {@link GitSync} after every
 * accepted load; empty without git sync, when only the YAML's {@code approved_by} and
 * {@code approved_on} are known. The API, the Slack bot and the Teams bot all describe a reply's
 * approval with {@link #describe(Snippet)}.
 */
@Singleton
public class Provenance {
    /** GitHub's merge commit title, or a squash merge's title ending in the pull request number. */
    private static final Pattern MERGE = Pattern.compile("^Merge pull request #(\\d+)\\b");
    private static final Pattern SQUASH = Pattern.compile("\\(#(\\d+)\\)\\s*$");

    /**
     * The last change to one reply's file.
     *
     * @param commit      the full id of the commit on the served branch (for a merged pull request, its merge commit)
     * @param date        when that commit was made: for a merge, when the pull request was merged
     * @param pullRequest the pull request number its title names, or null
     */
    public record Entry(String commit, Instant date, @Nullable Integer pullRequest) {
        public String shortCommit() {
            return commit.substring(0, Math.min(7, commit.length()));
        }

        public LocalDate day() {
            return LocalDate.ofInstant(date, ZoneOffset.UTC);
        }
    }

    private volatile Map<String, Entry> byId = Map.of();
    private volatile Map<String, Boolean> verified = Map.of();

    /** The provenance of a reply by id; empty without git or before the first sync. */
    public Optional<Entry> of(String snippetId) {
        return Optional.ofNullable(byId.get(snippetId));
    }

    /**
     * True when the reviews of the pull request that last changed the reply confirm its
     * {@code approved_by} (see {@link ReviewVerification}); false without git, without GitHub access,
     * or when they do not.
     */
    public boolean verified(String snippetId) {
        return verified.getOrDefault(snippetId, false);
    }

    /**
     * One line for a chat answer or the API, the YAML's approvers and date with the pull request
     * from git: "approved on GitHub by rhorn-wg14, lspellman-dicom on 2026-11-20, PR #12" when the
     * pull request's reviews confirm it, adding "merged 2026-11-24" when the merge came on a later
     * day; "approved by … (unverified)" when nothing confirms the YAML's word.
     */
    public String describe(Snippet s) {
        boolean confirmed = verified(s.id());
        String who = (confirmed ? "approved on GitHub by " : "approved by ")
                + (s.approvedBy().isEmpty() ? "no named reviewer" : String.join(", ", s.approvedBy()));
        String unverified = confirmed ? "" : " (unverified)";
        Optional<Entry> git = of(s.id());
        if (git.isEmpty()) return (s.approvedOn() == null ? who : who + " on " + s.approvedOn()) + unverified;
        Entry e = git.get();
        LocalDate approved = s.approvedOn() == null ? e.day() : s.approvedOn();
        boolean sameDay = approved.equals(e.day());
        return who + " on " + approved + (e.pullRequest() != null
                ? ", PR #" + e.pullRequest() + (sameDay ? "" : " merged " + e.day())
                : ", commit " + e.shortCommit() + (sameDay ? "" : " of " + e.day())) + unverified;
    }

    /** Replaces every entry at once, so a reader never sees half of one sync and half of another. */
    void publish(Map<String, Entry> entries) {
        byId = Map.copyOf(entries);
        verified = Map.of(); // a new sync's changes are unconfirmed until their reviews are read
    }

    /** Which replies' approvals the pull requests' reviews confirm, for the entries published last. */
    void publishVerified(Map<String, Boolean> byReply) {
        verified = Map.copyOf(byReply);
    }

    /** The pull request number in a commit message's first line, if it names one. */
    static Optional<Integer> pullRequest(String message) {
        String title = message.lines().findFirst().orElse("").strip();
        for (Pattern p : new Pattern[]{MERGE, SQUASH}) {
            Matcher m = p.matcher(title);
            if (m.find()) {
                try {
                    return Optional.of(Integer.parseInt(m.group(1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
