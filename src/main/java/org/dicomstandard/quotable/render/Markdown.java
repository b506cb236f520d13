package org.dicomstandard.quotable.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The one place Markdown is parsed and turned into HTML, plain text and a word count, so the
 * validator, the API and the bots agree on every reply.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    // Raw HTML in the source is escaped, never passed through, and link URLs are sanitised.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    public static String toText(String markdown) {
        return TEXT.render(parse(markdown)).strip();
    }

    /**
     * The word count used everywhere: whitespace-separated tokens of the text once Markdown markup
     * is removed (so "**secure**" and "- item" count one word each, a link counts its text only, not
     * its URL, and raw HTML counts nothing).
     */
    public static int wordCount(String markdown) {
        StringBuilder text = new StringBuilder();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append(' ');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }
        });
        String plain = text.toString().strip();
        return plain.isEmpty() ? 0 : plain.split("\\s+").length;
    }

    /** The word count of several texts together, e.g. title + summary + body. */
    public static int wordCount(String... markdowns) {
        int total = 0;
        for (String m : markdowns) total += wordCount(m);
        return total;
    }

    /** True when the text holds raw HTML (a tag, comment or declaration), which the library forbids. */
    public static boolean containsHtml(String markdown) {
        if (markdown == null || markdown.indexOf('<') < 0) return false; // no tag without '<': skip the parse
        boolean[] found = {false};
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
