package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.search.MissLog;
import org.dicomstandard.quotable.search.MissReport;
import org.dicomstandard.quotable.search.SearchIndex;
import org.dicomstandard.quotable.search.SearchRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code misses [DATA_DIR…] [--since 30d]}: the unanswered questions, grouped by similar wording,
 * most asked first. Several data folders (one per replica) are read together; without one, the
 * folder of {@code QUOTABLE_DATA} or ./data.
 */
final class MissesCommand implements Cli.Command {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("since"));
        Duration period = MissReport.period(a.options().get("since"))
                .orElseThrow(() -> new Cli.UsageException("--since is a period such as 30d, 12h or P2W"));
        List<Path> dirs = new ArrayList<>();
        for (String p : a.positionals()) dirs.add(Path.of(p));
        if (dirs.isEmpty()) {
            String env = System.getenv("QUOTABLE_DATA");
            dirs.add(Path.of(env == null || env.isBlank() ? "data" : env));
        }
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) throw new Cli.UsageException("data folder '" + d + "' does not exist");
        }
        Instant since = Instant.now().minus(period);
        List<MissLog.Miss> misses;
        try {
            misses = MissLog.read(dirs, since);
        } catch (IOException e) {
            err.println("error: cannot read the unanswered-questions log: " + e.getMessage());
            return Cli.FAILED;
        }
        List<MissReport.Group> groups = MissReport.group(misses, nearestTopics(err));
        out.printf("%d unanswered questions since %s in %d groups, most asked first:%n", misses.size(), DAY.format(since), groups.size());
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
    private static java.util.function.Function<String, MissReport.Nearest> nearestTopics(PrintStream err) {
        String env = System.getenv("QUOTABLE_LIBRARY");
        Path root = Path.of(env == null || env.isBlank() ? "." : env);
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
