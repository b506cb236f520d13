package org.dicomstandard.quotable.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.dicomstandard.quotable.events.EventStore;
import org.dicomstandard.quotable.report.MissReport;
import org.dicomstandard.quotable.report.ReportText;
import org.dicomstandard.quotable.report.UsageReport;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code report [--since 30d] [--format text|markdown|json]}: most asked questions, most used
 * replies, replies marked not helpful, unanswered questions grouped, per channel and week; from the
 * service's event database, found from the same variables as the service.
 */
final class ReportCommand implements Cli.Command {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private final Function<String, String> env;
    private final Clock clock;

    ReportCommand() {
        this(System::getenv, Clock.systemUTC());
    }

    ReportCommand(Function<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("since", "format"));
        if (!a.positionals().isEmpty()) throw new Cli.UsageException("unexpected argument '" + a.positionals().get(0) + "'");
        Duration period = MissReport.period(a.options().get("since")).filter(d -> !d.isNegative())
                .orElseThrow(() -> new Cli.UsageException("--since is a period such as 30d, 12h or P2W"));
        String format = a.options().getOrDefault("format", "text");
        ReportText text = format.equals("json") ? null : ReportText.named(format)
                .orElseThrow(() -> new Cli.UsageException("--format is text, markdown or json"));
        Instant now = clock.instant();
        UsageReport report;
        try (EventStore store = EventSource.fromEnvironment(env)) {
            report = UsageReport.read(store, now.minus(period), now);
        } catch (SQLException e) {
            err.println("error: cannot read the event database: " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            out.print(text == null ? JSON.writeValueAsString(report) + "\n" : text.render(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Cli.OK;
    }

    @Override
    public String usage() {
        return "report [--since 30d] [--format text|markdown|json]   what was asked, which replies were used and helped";
    }
}
