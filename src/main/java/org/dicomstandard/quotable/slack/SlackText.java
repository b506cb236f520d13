package org.dicomstandard.quotable.slack;

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
import java.util.regex.Pattern;

/**
 * Text for Slack, the one escaper and link writer for mrkdwn (the bot and the review reminder): the
 * {@linkplain Markdown#parse safe tree} of a reply turned into mrkdwn, one string per paragraph-level block, and
 * any text made safe to show. {@code &}, {@code <} and {@code >} are escaped everywhere, so no
 * text can form a link, a user mention or a {@code <!channel>}; the bare words {@code @channel},
 * {@code @here} and {@code @everyone} are broken with a zero-width space as well.
 */
public final class SlackText {
    private static final Pattern MASS_MENTION = Pattern.compile("@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE);

    private SlackText() {
    }

    /** Any text from a user or the library, safe inside mrkdwn and plain_text objects. */
    public static String escape(String text) {
        if (text == null) return "";
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return MASS_MENTION.matcher(escaped).replaceAll("@\u200B$1");
    }

    /** Plain text for plain_text objects (headers, buttons): no escaping of &amp; needed, mentions broken. */
    public static String plain(String text) {
        return text == null ? "" : MASS_MENTION.matcher(text).replaceAll("@\u200B$1");
    }

    /** The Markdown body as mrkdwn paragraphs (lists and code blocks stay whole), in order. */
    public static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        Node doc = Markdown.parse(markdown); // the safe tree: unsafe links are already plain text
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            Writer w = new Writer();
            block.accept(w);
            String text = w.out.toString().strip();
            if (!text.isEmpty()) out.add(text);
        }
        return out;
    }

    /**
     * A mrkdwn link, when {@link SafeUrl} allows the URL; otherwise the label alone. The characters that
     * would end the link ({@code |}, {@code >}) are percent-encoded in the URL and replaced in the label.
     */
    public static String link(String url, String label) {
        String text = escape(label).replace("|", "¦");
        return SafeUrl.of(url).map(u -> "<" + target(u) + "|" + text + ">").orElse(text);
    }

    private static String target(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    }

    /** Markdown to one mrkdwn string. */
    public static String mrkdwn(String markdown) {
        return String.join("\n\n", paragraphs(markdown));
    }

    private static final class Writer extends AbstractVisitor {
        final StringBuilder out = new StringBuilder();
        private int orderedNumber;
        private String bullet = "•";

        @Override
        public void visit(Text text) {
            out.append(escape(text.getLiteral()));
        }

        @Override
        public void visit(Emphasis e) {
            out.append('_');
            visitChildren(e);
            out.append('_');
        }

        @Override
        public void visit(StrongEmphasis e) {
            out.append('*');
            visitChildren(e);
            out.append('*');
        }

        @Override
        public void visit(Code code) {
            out.append('`').append(escape(code.getLiteral())).append('`');
        }

        @Override
        public void visit(Link link) {
            Writer label = new Writer();
            label.visitChildren(link);
            // The safe tree holds only links SafeUrl allows; the label is escaped already.
            out.append('<').append(target(link.getDestination().strip())).append('|').append(label.out.toString().replace("|", "¦")).append('>');
        }

        @Override
        public void visit(SoftLineBreak b) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            out.append('\n');
        }

        @Override
        public void visit(Paragraph p) {
            visitChildren(p);
            if (!(p.getParent() instanceof ListItem)) out.append("\n\n");
        }

        @Override
        public void visit(Heading h) {
            out.append('*');
            visitChildren(h);
            out.append("*\n");
        }

        @Override
        public void visit(BulletList list) {
            orderedNumber = 0;
            bullet = "•";
            visitChildren(list);
        }

        @Override
        public void visit(OrderedList list) {
            orderedNumber = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            visitChildren(list);
            orderedNumber = 0;
        }

        @Override
        public void visit(ListItem item) {
            out.append(orderedNumber > 0 ? (orderedNumber++) + ". " : bullet + " ");
            visitChildren(item);
            out.append('\n');
        }

        @Override
        public void visit(BlockQuote q) {
            Writer inner = new Writer();
            inner.visitChildren(q);
            for (String line : inner.out.toString().strip().split("\n")) out.append("&gt; ").append(line).append('\n');
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append("```\n").append(escape(code.getLiteral())).append("```\n");
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append("```\n").append(escape(code.getLiteral())).append("```\n");
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(escape(html.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(escape(html.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak b) {
            out.append("―――\n");
        }
    }
}
