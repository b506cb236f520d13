package org.dicomstandard.quotable.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one definition of which replies may be served to whom, used by search, suggestions, the API
 * and the bots alike.
 * <ul>
 *   <li>Drafts and retired replies: nowhere.</li>
 *   <li>Public callers: approved, {@code visibility: public}, past {@code embargo_until}, and (unless
 *       {@code hideOverdueFromPublic} is off) not past {@code review_by}.</li>
 *   <li>Internal callers (bots, token holders): every approved reply past its embargo, overdue ones
 *       included; the channel says when a review is overdue.</li>
 * </ul>
 *
 * @param hideOverdueFromPublic whether a reply past its review date disappears from public channels
 */
public record ServingRules(boolean hideOverdueFromPublic) {

    public static final ServingRules DEFAULT = new ServingRules(true);

    public boolean servable(Snippet s, Access access, Instant now) {
        if (!s.isApproved()) return false;
        if (s.embargoUntil() != null && now.isBefore(s.embargoUntil())) return false;
        if (access == Access.INTERNAL) return true;
        return s.isPublic() && !(hideOverdueFromPublic && overdue(s, now));
    }

    /** True once the day after {@code review_by} has begun (UTC). */
    public static boolean overdue(Snippet s, Instant now) {
        return s.reviewBy() != null && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(s.reviewBy());
    }
}
