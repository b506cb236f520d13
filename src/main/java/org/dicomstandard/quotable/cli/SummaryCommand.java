package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.library.Coverage;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.SnippetFile;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.text.Markdown;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code summary [ROOT] [--changed FILE,FILE…]}: the Markdown a pull request's job summary shows
 * reviewers: the changed replies (id, audience, topic, words, status, review_by) and the coverage.
 */
final class SummaryCommand implements Cli.Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("changed"));
        if (a.positionals().size() > 1) throw new Cli.UsageException("at most one library root");
        Set<String> changed = Set.of(a.options().getOrDefault("changed", "").split("[,\\s]+"));
        Validation v = new LibraryValidator().validate(a.root());

        out.println("## Replies changed in this pull request\n");
        List<SnippetFile> files = v.library().files().stream().filter(f -> changed.contains(f.path())).toList();
        if (files.isEmpty()) {
            out.println("No reply file that validates was changed.\n");
        } else {
            out.println("| id | audience | topic | words | status | review_by |");
            out.println("|---|---|---|---:|---|---|");
            for (SnippetFile f : files) {
                Snippet s = f.snippet();
                out.printf("| `%s` | %s | %s | %d | %s | %s |%n", s.id(), s.audience(), s.topic(),
                        Markdown.wordCount(s.title(), s.summary(), s.body()),
                        s.status() == null ? "?" : s.status().name().toLowerCase(java.util.Locale.ROOT),
                        s.reviewBy() == null ? "—" : s.reviewBy());
            }
            out.println();
        }
        out.println(v.ok() ? "Validation: **all rules pass**" : "Validation: **" + v.errors().size() + " errors** (see the annotations)");
        out.println("\n## Matrix coverage (approved replies per cell)\n");
        out.print(MatrixCommand.markdown(Coverage.of(v.library())));
        return Cli.OK;
    }

    @Override
    public String usage() {
        return "summary [ROOT] [--changed FILES]   Markdown for a pull request's job summary";
    }
}
