package org.dicomstandard.quotable.render;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Source;
import org.dicomstandard.quotable.text.Markdown;

/** A whole reply as plain text (to paste into an e-mail) or as Markdown (to paste into a document). */
public final class ReplyFormats {
    private ReplyFormats() {
    }

    public static String plainText(Snippet s) {
        StringBuilder out = new StringBuilder();
        out.append(s.title()).append("\n\n").append(Markdown.toText(s.summary())).append("\n\n").append(Markdown.toText(s.body()));
        out.append("\n\nSources:\n");
        for (Source src : s.sources()) out.append("- ").append(src.title()).append(": ").append(src.url()).append('\n');
        return out.toString();
    }

    public static String markdown(Snippet s) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(s.title()).append("\n\n*").append(s.summary().strip()).append("*\n\n").append(s.body().strip());
        out.append("\n\n## Sources\n\n");
        for (Source src : s.sources()) out.append("- [").append(src.title()).append("](").append(src.url()).append(")\n");
        return out.toString();
    }

    /** The words of a reply, counted as everywhere else: title + summary + body. */
    public static int wordCount(Snippet s) {
        return Markdown.wordCount(s.title(), s.summary(), s.body());
    }
}
