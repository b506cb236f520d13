package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.search.MissLog;
import org.dicomstandard.quotable.search.MissReport;

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
        List<MissReport.Group> groups = MissReport.group(misses);
        out.printf("%d unanswered questions since %s in %d groups, most asked first:%n", misses.size(), DAY.format(since), groups.size());
        for (MissReport.Group g : groups) {
            out.printf("%5d  %s%n       last %s UTC; via %s; audiences: %s%n", g.count(), g.question(), DAY.format(g.lastAsked()),
                    String.join(", ", g.channels()), g.audiences().isEmpty() ? "any" : String.join(", ", g.audiences()));
            for (String example : g.examples()) out.printf("       also: %s%n", example);
        }
        return Cli.OK;
    }

    @Override
    public String usage() {
        return "misses [DATA_DIR...] [--since 30d]   unanswered questions grouped by wording, most asked first";
    }
}
