package org.dicomstandard.quotable.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal argument parsing shared by the commands: positionals plus {@code --name value} options. */
record Arguments(List<String> positionals, Map<String, String> options) {

    static Arguments parse(List<String> args, Set<String> allowedOptions) throws Cli.UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowedOptions.contains(name)) {
                    throw new Cli.UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) throw new Cli.UsageException("--" + name + " needs a value");
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                positionals.add(a);
            }
        }
        return new Arguments(positionals, options);
    }

    /** {@code --format text|github}: problems as lines, or as workflow annotations on the pull request. */
    String format() throws Cli.UsageException {
        String format = options.getOrDefault("format", "text");
        if (!format.equals("text") && !format.equals("github")) {
            throw new Cli.UsageException("--format is text or github, not '" + format + "'");
        }
        return format;
    }

    /** The library root: the first positional, or the working directory. */
    Path root() throws Cli.UsageException {
        Path root = Path.of(positionals.isEmpty() ? "." : positionals.get(0));
        if (!Files.isDirectory(root)) {
            throw new Cli.UsageException("library root '" + root + "' is not a directory");
        }
        return root;
    }
}
