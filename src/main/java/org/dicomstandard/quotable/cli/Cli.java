package org.dicomstandard.quotable.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Dispatches the jar's commands. Exit codes: 0 all good, 1 a rule failed, 2 bad usage. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = Map.of(
            "validate", new ValidateCommand(),
            "matrix", new MatrixCommand(),
            "summary", new SummaryCommand(),
            "misses", new MissesCommand(),
            "report", new ReportCommand(),
            "due", new DueCommand());

    private Cli() {
    }

    /** A command the jar runs and exits, rather than starting the server. */
    public interface Command {
        int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;

        String usage();
    }

    /** Bad arguments: reported with the usage line and exit code 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help") || args[0].equals("--help"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("help") || args[0].equals("--help")) {
            out.println("usage: java -jar quotable.jar [COMMAND]   (no command: serve the library on port 8080)");
            COMMANDS.values().stream().map(Command::usage).sorted().forEach(u -> out.println("  " + u));
            return OK;
        }
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + command.usage());
            return USAGE;
        }
    }
}
