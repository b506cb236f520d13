package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.events.EventQueries;
import org.dicomstandard.quotable.events.EventSettings;
import org.dicomstandard.quotable.events.EventStore;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.report.MissReport;
import org.dicomstandard.quotable.search.SearchIndex;
import org.dicomstandard.quotable.search.SearchRequest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code misses [DATA_DIR…] [--since 30d]}: the unanswered questions, grouped by similar wording,
 * most asked first. Without a folder, from the service's event database ({@code QUOTABLE_DB_URL}, or
 * the embedded one under {@code QUOTABLE_DATA} or ./data); with folders, from each folder's embedded
 * database (replicas that do not share PostgreSQL), together. A folder's old {@code misses.jsonl} is imported first.
 */
final class MissesCommand implements Cli.Command {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Function<String, String> env;

    MissesCommand() {
        this(System::getenv);
    }

    MissesCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("since"));
        Duration period = MissReport.period(a.options().get("since"))
                .orElseThrow(() -> new Cli.UsageException("--since is a period such as 30d, 12h or P2W"));
        List<EventStore> stores = new ArrayList<>();
        for (String p : a.positionals()) {
            Path d = Path.of(p);
            if (!Files.isDirectory(d)) throw new Cli.UsageException("data folder '" + d + "' does not exist");
            // A folder with neither a database nor an old log has nothing to read: do not create one there.
            if (Files.exists(d.resolve("events.mv.db")) || Files.exists(d.resolve("misses.jsonl"))) {
                stores.add(new EventStore(EventSettings.embedded(d, EventSettings.DEFAULT_RETENTION)));
            }
        }
        if (a.positionals().isEmpty()) stores.add(EventSource.fromEnvironment(env));
        Instant since = Instant.now().minus(period);
        List<EventQueries.QuestionRow> rows = new ArrayList<>();
        for (EventStore store : stores) {
            try (store; EventQueries q = EventQueries.open(store)) {
                rows.addAll(q.questions(since, true, Integer.MAX_VALUE));
            } catch (SQLException e) {
                err.println("error: cannot read the " + store.settings().describe() + ": " + e.getMessage());
                return Cli.FAILED;
            }
        }
        rows.sort(Comparator.comparingLong(EventQueries.QuestionRow::times).reversed()
                .thenComparing(EventQueries.QuestionRow::lastAsked, Comparator.reverseOrder()));
        List<MissReport.Group> groups = MissReport.group(rows, nearestTopics(err));
        long total = groups.stream().mapToLong(MissReport.Group::count).sum();
        out.printf("%d unanswered questions since %s in %d groups, most asked first:%n", total, DAY.format(since), groups.size());
        for (MissReport.Group g : groups) {
            out.printf("%5d  %s%n       last %s UTC; via %s; audiences: %s%n", g.count(), g.question(), DAY.format(g.lastAsked()),
                    String.join(", ", g.channels()), g.audiences().isEmpty() ? "any" : String.join(", ", g.audiences()));
            for (String example : g.examples()) out.printf("       also: %s%n", example);
            if (g.nearest() != null) {
                out.printf("       search picks: %s (confidence %.2f): add the wording to its questions if it answers%n",
                        g.nearest().topic(), g.nearest().confidence());
            }
        }
        return Cli.OK;
    }

    /**
     * What search picks today for a question, from the library of QUOTABLE_LIBRARY (else the working
     * folder); nothing when that library is not there or does not validate.
     */
    private Function<String, MissReport.Nearest> nearestTopics(PrintStream err) {
        String library = env.apply("QUOTABLE_LIBRARY");
        Path root = Path.of(library == null || library.isBlank() ? "." : library);
        if (!Files.isRegularFile(root.resolve("audiences.yaml"))) return q -> null;
        Validation v = new LibraryValidator().validate(root);
        if (!v.ok()) {
            err.println("note: the library at " + root + " does not validate, so no topic is suggested per group");
            return q -> null;
        }
        SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT);
        Instant now = Instant.now();
        return q -> MissReport.Nearest.of(index.search(new SearchRequest(q, null, null, null, 1), Access.INTERNAL, now));
    }

    @Override
    public String usage() {
        return "misses [DATA_DIR...] [--since 30d]   unanswered questions grouped by wording, most asked first";
    }
}
