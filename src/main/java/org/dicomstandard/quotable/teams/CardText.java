package org.dicomstandard.quotable.teams;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.text.SafeUrl;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@linkplain Markdown#parse safe tree} of a reply turned into the Markdown subset Teams shows in an Adaptive Card TextBlock
 * (bold, italic, lists, https links). Every piece of library or user text is escaped on the way:
 * {@code & < >} become entities, so no text can open a tag, an {@code <at>} mention or a link of its
 * own, and Markdown characters in plain text are backslash-escaped so they stay characters.
 */
public final class CardText {
    // Teams separates the lines of a list in a TextBlock with \r (Teams' "Text formatting in cards").
    private static final String LIST_LINE = "\r";

    /** One block of a reply: a paragraph, a heading, a list, a code block, a quote. */
    public record Block(String text, Kind kind, boolean separator) {
    }

    public enum Kind { TEXT, HEADING, CODE, QUOTE }

    private CardText() {
    }

    /** Text that must show as typed: HTML-significant characters become entities. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #escape}, plus Markdown's own characters, for plain text placed inside Markdown. */
    public static String literal(String s) {
        String e = escape(s);
        StringBuilder out = new StringBuilder(e.length() + 8);
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** The blocks of a Markdown text, in order. */
    public static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        boolean separator = false;
        for (Node n = Markdown.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ThematicBreak) {
                separator = true;
                continue;
            }
            Block b = block(n, separator);
            if (b != null && !b.text().isBlank()) {
                out.add(b);
                separator = false;
            }
        }
        return out;
    }

    /** A Markdown text that holds one paragraph or a few, as one TextBlock text (for a summary). */
    public static String inline(String markdown) {
        return String.join("\n\n", blocks(markdown).stream().map(Block::text).toList());
    }

    /** A link in Teams Markdown, or the text alone when the URL is not https. */
    public static String link(String text, String url) {
        String safe = safeUrl(url);
        return safe == null ? literal(text) : "[" + literal(text) + "](" + safe + ")";
    }

    private static Block block(Node n, boolean separator) {
        if (n instanceof Heading) return new Block(inlines(n), Kind.HEADING, separator);
        if (n instanceof Paragraph) return new Block(inlines(n), Kind.TEXT, separator);
        if (n instanceof ListBlock list) return new Block(String.join(LIST_LINE, listLines(list, 0)), Kind.TEXT, separator);
        if (n instanceof FencedCodeBlock code) return new Block(escape(code.getLiteral().stripTrailing()), Kind.CODE, separator);
        if (n instanceof IndentedCodeBlock code) return new Block(escape(code.getLiteral().stripTrailing()), Kind.CODE, separator);
        if (n instanceof HtmlBlock html) return new Block(literal(html.getLiteral().strip()), Kind.TEXT, separator);
        if (n instanceof BlockQuote quote) {
            List<String> parts = new ArrayList<>();
            for (Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
                Block b = block(c, false);
                if (b != null) parts.add(b.text());
            }
            return new Block(String.join("\n\n", parts), Kind.QUOTE, separator);
        }
        return null;
    }

    private static List<String> listLines(ListBlock list, int depth) {
        List<String> lines = new ArrayList<>();
        int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        String indent = "    ".repeat(depth);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            String marker = list instanceof OrderedList ? (number++) + ". " : "- ";
            List<String> text = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock sub) nested.addAll(listLines(sub, depth + 1));
                else {
                    Block b = block(c, false);
                    if (b != null) text.add(b.text().replace("\n\n", " "));
                }
            }
            lines.add(indent + marker + String.join(" ", text));
            lines.addAll(nested);
        }
        return lines;
    }

    private static String inlines(Node parent) {
        StringBuilder out = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                out.append(literal(node.getLiteral()));
            }

            @Override
            public void visit(Code node) {
                out.append(literal(node.getLiteral()));
            }

            @Override
            public void visit(Emphasis node) {
                out.append('_');
                visitChildren(node);
                out.append('_');
            }

            @Override
            public void visit(StrongEmphasis node) {
                out.append("**");
                visitChildren(node);
                out.append("**");
            }

            @Override
            public void visit(Link node) {
                String safe = safeUrl(node.getDestination());
                if (safe != null) out.append('[');
                visitChildren(node);
                if (safe != null) out.append("](").append(safe).append(')');
            }

            @Override
            public void visit(HtmlInline node) {
                out.append(literal(node.getLiteral()));
            }

            @Override
            public void visit(SoftLineBreak node) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                out.append("\n\n");
            }
        });
        return out.toString().strip();
    }

    /** A URL {@link SafeUrl} allows, with the characters that would end a Markdown link or open a tag percent-encoded; else null. */
    static String safeUrl(String url) {
        String u = SafeUrl.of(url).orElse(null);
        if (u == null) return null;
        StringBuilder out = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                case '\\' -> out.append("%5C");
                default -> {
                    if (c < 0x20 || c == 0x7f) continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
