package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.report.MissReport;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * {@code due [ROOT] [--within 30d]}: approved replies whose review date has passed or is near,
 * grouped by reviewer, so each reviewer sees what to renew.
 */
final class DueCommand implements Cli.Command {
    private final Clock clock;

    DueCommand() {
        this(Clock.systemUTC());
    }

    DueCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("within"));
        if (a.positionals().size() > 1) throw new Cli.UsageException("at most one library root");
        Duration within = MissReport.period(a.options().get("within")).filter(d -> !d.isNegative())
                .orElseThrow(() -> new Cli.UsageException("--within is a period such as 30d, 12h or P2W"));
        Validation v = new LibraryValidator(clock).validate(a.root());
        DueReviews due = DueReviews.of(v.library(), LocalDate.now(clock), (int) within.toDays());
        out.print(text(due));
        if (!v.ok()) {
            err.println("note: the library has " + v.errors().size() + " validation errors; run validate for details");
        }
        return Cli.OK;
    }

    static String text(DueReviews due) {
        long days = ChronoUnit.DAYS.between(due.today(), due.until());
        if (due.isEmpty()) return "No replies to review by " + due.until() + " (within " + days + " days).\n";
        StringBuilder sb = new StringBuilder();
        sb.append(due.replies()).append(due.replies() == 1 ? " reply" : " replies").append(" to review by ").append(due.until())
                .append(" (within ").append(days).append(" days), ").append(due.overdue()).append(" overdue:\n");
        for (DueReviews.Group g : due.groups()) {
            sb.append('\n').append(g.reviewer()).append(" (").append(g.replies().size()).append(")\n");
            for (DueReviews.Item i : g.replies()) {
                long left = ChronoUnit.DAYS.between(due.today(), i.reviewBy());
                String when = i.overdue() ? "OVERDUE" : left == 0 ? "today" : "in " + left + " d";
                sb.append(String.format("  %s  %-8s  %s  %s%n", i.reviewBy(), when, i.id(), i.path()));
            }
        }
        return sb.toString();
    }

    @Override
    public String usage() {
        return "due [ROOT] [--within 30d]   replies whose review date has passed or is near, by reviewer";
    }
}
