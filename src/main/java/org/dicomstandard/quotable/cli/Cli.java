package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.text.Typos;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
            "due", new DueCommand(),
            "verify-approvals", new VerifyApprovalsCommand(System.getenv()),
            "new", new NewCommand());

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

    /** True when the jar should serve: no arguments, or {@code serve}. Anything else is a command (or a mistake). */
    public static boolean serves(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].equals("serve"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String word = args.length == 0 ? "" : args[0];
        switch (word) {
            case "help", "--help", "-h" -> {
                help(out);
                return OK;
            }
            case "--version", "version" -> {
                out.println("quotable " + Version.current());
                return OK;
            }
            default -> {
            }
        }
        Command command = COMMANDS.get(word);
        if (command == null) {
            err.println("error: '" + word + "' is not a command of quotable." + Typos.closest(word, names(), Math.max(1, word.length() / 3))
                    .map(c -> " Did you mean " + c + "?").orElse(""));
            help(err);
            return USAGE;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + command.usage());
            return USAGE;
        }
    }

    private static void help(PrintStream out) {
        out.println("usage: java -jar quotable.jar [COMMAND]");
        out.println("  serve             serve the library on port 8080 (the default with no command)");
        COMMANDS.values().stream().map(Command::usage).sorted().forEach(u -> out.println("  " + u));
        out.println("  help, --help      this list");
        out.println("  --version         the version of quotable");
    }

    private static Set<String> names() {
        Set<String> names = new TreeSet<>(COMMANDS.keySet());
        names.addAll(List.of("serve", "help"));
        return names;
    }
}
