package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.Coverage;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Validation;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code matrix [ROOT] [--format text|markdown]}: approved replies per audience × topic, and the gaps. */
final class MatrixCommand implements Cli.Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("format"));
        if (a.positionals().size() > 1) throw new Cli.UsageException("at most one library root");
        String format = a.options().getOrDefault("format", "text");
        if (!format.equals("text") && !format.equals("markdown")) {
            throw new Cli.UsageException("--format is text or markdown, not '" + format + "'");
        }
        Validation v = new LibraryValidator().validate(a.root());
        Coverage coverage = Coverage.of(v.library());
        out.print(format.equals("markdown") ? markdown(coverage) : text(coverage));
        if (!v.ok()) {
            err.println("note: the library has " + v.errors().size() + " validation errors; run validate for details");
        }
        return Cli.OK;
    }

    static String text(Coverage c) {
        Matrix m = c.matrix();
        int topicWidth = m.topics().keySet().stream().mapToInt(String::length).max().orElse(5);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + topicWidth + "s", "topic \\ audience"));
        for (String audience : m.audiences().keySet()) sb.append("  ").append(audience);
        sb.append('\n');
        for (String topic : m.topics().keySet()) {
            sb.append(String.format("%-" + topicWidth + "s", topic));
            for (String audience : m.audiences().keySet()) {
                int n = c.approved(topic, audience);
                sb.append("  ").append(String.format("%" + audience.length() + "s", n == 0 ? "." : Integer.toString(n)));
            }
            sb.append('\n');
        }
        sb.append('\n').append(c.filledCells()).append(" of ").append(m.topics().size() * m.audiences().size())
                .append(" cells have an approved reply.\n");
        List<String> gaps = c.topicsWithoutKeyAudience();
        sb.append(gaps.isEmpty()
                ? "Every topic has an approved " + Coverage.KEY_AUDIENCE + " reply.\n"
                : "Topics with no approved " + Coverage.KEY_AUDIENCE + " reply: " + String.join(", ", gaps) + "\n");
        return sb.toString();
    }

    static String markdown(Coverage c) {
        Matrix m = c.matrix();
        StringBuilder sb = new StringBuilder("| topic |");
        for (String audience : m.audiences().keySet()) sb.append(' ').append(audience).append(" |");
        sb.append("\n|---|");
        sb.append("---:|".repeat(m.audiences().size())).append('\n');
        for (String topic : m.topics().keySet()) {
            sb.append("| ").append(topic).append(" |");
            for (String audience : m.audiences().keySet()) {
                int n = c.approved(topic, audience);
                sb.append(' ').append(n == 0 ? "·" : Integer.toString(n)).append(" |");
            }
            sb.append('\n');
        }
        List<String> gaps = c.topicsWithoutKeyAudience();
        sb.append('\n').append(gaps.isEmpty()
                ? "Every topic has an approved " + Coverage.KEY_AUDIENCE + " reply.\n"
                : "**Topics with no approved " + Coverage.KEY_AUDIENCE + " reply:** " + String.join(", ", gaps) + "\n");
        return sb.toString();
    }

    @Override
    public String usage() {
        return "matrix [ROOT] [--format text|markdown]   approved replies per topic × audience, and the gaps";
    }
}
