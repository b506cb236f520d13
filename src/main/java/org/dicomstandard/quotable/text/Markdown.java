package org.dicomstandard.quotable.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place Markdown is parsed and turned into HTML, plain text, Markdown and a word count, so
 * the validator, the API and the bots agree on every reply. Every output is made from the
 * {@linkplain #parse safe tree}: a link that {@link SafeUrl} refuses keeps its text and loses its
 * target, and an image becomes its description.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final Parser LOCATING = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    // Raw HTML in the source is escaped, never passed through; links are already safe (see parse).
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    public static String toText(String markdown) {
        return TEXT.render(parse(markdown)).strip();
    }

    /** The Markdown again, with unsafe links and images reduced to their text. */
    public static String toMarkdown(String markdown) {
        return MARKDOWN.render(parse(markdown)).strip();
    }

    /** A link or image the safe-URL rule refuses, with its 0-based line within the text. */
    public record UnsafeLink(String url, boolean image, int line) {
    }

    /** Every link and image in the text that {@link SafeUrl} refuses (every image: none are loaded). */
    public static List<UnsafeLink> unsafeLinks(String markdown) {
        List<UnsafeLink> found = new ArrayList<>();
        if (markdown == null || markdown.isEmpty()) return found;
        LOCATING.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!SafeUrl.isSafe(link.getDestination())) found.add(new UnsafeLink(link.getDestination(), false, line(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(new UnsafeLink(image.getDestination(), true, line(image)));
            }
        });
        return found;
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
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

    /** The document with every unsafe link unwrapped to its text and every image replaced by its description. */
    public static Node parse(String markdown) {
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        List<Node> unsafe = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!SafeUrl.isSafe(link.getDestination())) unsafe.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unsafe.add(image);
            }
        });
        for (Node n : unsafe) {
            if (n instanceof Image image) {
                String alt = TEXT.render(image).strip();
                image.insertBefore(new Text(alt.isEmpty() ? "(image)" : alt));
            } else {
                for (Node child = n.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    n.insertBefore(child);
                    child = next;
                }
            }
            n.unlink();
        }
        return doc;
    }
}
