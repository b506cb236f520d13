package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.DraftReply;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Problem;
import org.dicomstandard.quotable.library.Source;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * {@code new <topic> <audience> [--lang de] [--root DIR]}: writes a draft reply that validates, with
 * placeholders to replace, at {@code snippets/<topic>/<audience>[.<lang>].yaml}. Never overwrites a
 * reply. Exit 0 written, 1 the file exists or the draft would not validate, 2 bad usage (an unknown
 * topic or audience).
 */
final class NewCommand implements Cli.Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("lang", "root"));
        if (a.positionals().size() != 2) throw new Cli.UsageException("give a topic and an audience, e.g. new tls-adoption vendors");
        String topic = a.positionals().get(0);
        String audience = a.positionals().get(1);
        Path root = new Arguments(List.of(a.options().getOrDefault("root", ".")), a.options()).root();
        Matrix matrix = new LibraryValidator().validate(root).library().matrix();
        if (!matrix.topics().containsKey(topic)) {
            throw new Cli.UsageException("topic '" + topic + "' is not in audiences.yaml; topics: " + String.join(", ", matrix.topics().keySet()));
        }
        if (!matrix.audiences().containsKey(audience)) {
            throw new Cli.UsageException("audience '" + audience + "' is not in audiences.yaml; audiences: "
                    + String.join(", ", matrix.audiences().keySet()));
        }
        DraftReply draft = placeholder(matrix, topic, audience, a.options().get("lang"));
        String path = draft.path().expectedPath();
        Path file = root.resolve(path);
        if (Files.exists(file)) {
            err.println("error: " + path + " exists already; edit it instead (nothing was written)");
            return Cli.FAILED;
        }
        List<Problem> errors = draft.check(root).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(p -> err.println(p.toText()));
            err.println("error: the draft would not validate (nothing was written)");
            return Cli.FAILED;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, draft.yaml(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            err.println("error: cannot write " + path + ": " + e.getMessage());
            return Cli.FAILED;
        }
        out.println(path);
        err.println("Wrote a draft to " + path + ": replace the placeholders, run validate, and open a pull request.");
        return Cli.OK;
    }

    private static DraftReply placeholder(Matrix matrix, String topic, String audience, String lang) {
        String question = matrix.topics().get(topic).question();
        String label = matrix.audiences().get(audience).label();
        return new DraftReply(topic, audience, lang, question,
                List.of(question, "Replace with another way people ask this", "Replace with a third way, in their own words"),
                "Replace with one or two sentences for " + (label == null ? audience : label) + ", at most 60 words.",
                "Replace with the reply in Markdown. Facts come from the fact sheet; any other fact needs a source below.",
                List.of(new Source("DICOM PS3.15: Security and System Management Profiles",
                        "https://dicom.nema.org/medical/dicom/current/output/html/part15.html")));
    }

    @Override
    public String usage() {
        return "new TOPIC AUDIENCE [--lang de] [--root DIR]   write a draft reply that validates, to start from";
    }
}
