package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Problem;
import org.dicomstandard.quotable.library.Validation;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code validate [ROOT] [--format text|github]}: one line per problem; exit 1 when any rule fails. */
final class ValidateCommand implements Cli.Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("format"));
        if (a.positionals().size() > 1) throw new Cli.UsageException("at most one library root");
        String format = a.format();
        long start = System.nanoTime();
        Validation v = new LibraryValidator().validate(a.root());
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Problem p : v.problems()) {
            out.println(format.equals("github") ? p.toGithub() : p.toText());
        }
        err.printf("%d replies checked in %d ms: %d errors, %d warnings%n",
                v.library().files().size(), millis, v.errors().size(), v.warnings().size());
        return v.ok() ? Cli.OK : Cli.FAILED;
    }

    @Override
    public String usage() {
        return "validate [ROOT] [--format text|github]   check every rule; exit 0 ok, 1 a rule failed, 2 bad usage";
    }
}
