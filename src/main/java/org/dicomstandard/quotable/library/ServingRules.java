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
        return servableAt(access, now).test(s);
    }

    /** {@link #servable} for many replies at one instant, with the date worked out once. */
    public java.util.function.Predicate<Snippet> servableAt(Access access, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return s -> s.isApproved()
                && (s.embargoUntil() == null || !now.isBefore(s.embargoUntil()))
                && (access == Access.INTERNAL
                    || (s.isPublic() && !(hideOverdueFromPublic && s.reviewBy() != null && today.isAfter(s.reviewBy()))));
    }

    /** True once the day after {@code review_by} has begun (UTC). */
    public static boolean overdue(Snippet s, Instant now) {
        return s.reviewBy() != null && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(s.reviewBy());
    }
}
