package org.dicomstandard.quotable.teams;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Source;
import org.dicomstandard.quotable.render.ReplyFormats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reply as an Adaptive Card (schema 1.4, which Teams renders everywhere): the title, a fact set
 * (audience, topic, words, approval and review dates, visibility, an overdue warning), the summary
 * and body as text blocks, the sources, and a button to the FAQ page for public replies.
 * The card is plain maps and lists, ready for any JSON writer. All text goes through
 * {@link CardText}, so nothing in the library can become markup or a mention.
 */
public final class AdaptiveCards {
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.4";
    public static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    /** Teams refuses a message over about 28 KB; every card stays under this, the whole message included. */
    public static final int MAX_MESSAGE_BYTES = 28_000;

    /**
     * What the card says about a reply besides the reply itself.
     *
     * @param audienceLabel the audience's label from the matrix
     * @param topicQuestion the topic's canonical question from the matrix
     * @param overdue       the reply is past its review date
     * @param faqUrl        the reply's place on the FAQ page; null for internal replies
     * @param note          a line above the facts (e.g. another audience's reply was chosen); null for none
     * @param approval      who approved it and when, with the pull request from git history; null for none
     * @param contactName   the press office named under the reply; null for none
     * @param contactUrl    where to reach it (https or mailto, else only the name shows)
     */
    public record Context(String audienceLabel, String topicQuestion, boolean overdue, String faqUrl, String note, String approval,
                          String contactName, String contactUrl) {
    }

    private AdaptiveCards() {
    }

    public static Map<String, Object> reply(Snippet s, Context c) {
        return reply(s, c, true);
    }

    /** The card without the body, for a reply too long to send whole: the button still leads to it. */
    public static Map<String, Object> withoutBody(Snippet s, Context c) {
        return reply(s, c, false);
    }

    private static Map<String, Object> reply(Snippet s, Context c, boolean withBody) {
        List<Object> body = new ArrayList<>();
        body.add(textBlock(CardText.literal(s.title()), "size", "Large", "weight", "Bolder"));
        if (c.overdue()) {
            body.add(textBlock("⚠ Review overdue: this reply was due for review on " + s.reviewBy()
                    + ". Check with the working group before sending it.", "color", "Attention", "weight", "Bolder"));
        }
        if (c.note() != null) body.add(textBlock(CardText.escape(c.note()), "isSubtle", true));
        body.add(facts(s, c));
        body.add(map("type", "Container", "style", "emphasis", "items", List.of(textBlock(CardText.inline(s.summary())))));
        if (withBody) {
            for (CardText.Block b : CardText.blocks(s.body())) body.add(block(b));
        } else {
            body.add(textBlock("The full reply is too long for a Teams message"
                    + (c.faqUrl() == null ? "; ask the secretariat for it." : ": open it on the FAQ page."), "isSubtle", true));
        }
        body.add(textBlock("Sources", "weight", "Bolder", "separator", true));
        List<String> sources = new ArrayList<>();
        for (Source src : s.sources()) sources.add("- " + CardText.link(src.title(), src.url()));
        body.add(textBlock(String.join("\r", sources)));
        if (c.contactName() != null) body.add(textBlock("Press enquiries: " + CardText.link(c.contactName(), c.contactUrl()), "isSubtle", true));

        Map<String, Object> card = map("type", "AdaptiveCard", "$schema", SCHEMA, "version", VERSION, "body", body);
        if (isWebUrl(c.faqUrl())) {
            card.put("actions", List.of(map("type", "Action.OpenUrl", "title", "Open on the FAQ page", "url", c.faqUrl())));
        }
        card.put("msteams", map("width", "Full"));
        return card;
    }

    /**
     * The FAQ address comes from the service's own configuration ({@code quotable.public-url}), not
     * from the library, so plain http is allowed (a local run); it goes in a JSON field, not Markdown.
     */
    private static boolean isWebUrl(String url) {
        if (url == null) return false;
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static Map<String, Object> facts(Snippet s, Context c) {
        List<Object> facts = new ArrayList<>();
        facts.add(fact("Audience", c.audienceLabel()));
        facts.add(fact("Topic", c.topicQuestion()));
        facts.add(fact("Words", Integer.toString(ReplyFormats.wordCount(s))));
        facts.add(fact("Approved on", s.approvedOn() == null ? "–" : s.approvedOn().toString()));
        if (c.approval() != null) facts.add(fact("Approval", c.approval()));
        facts.add(fact("Review by", s.reviewBy() == null ? "–" : s.reviewBy() + (c.overdue() ? " ⚠ overdue" : "")));
        facts.add(fact("Visibility", s.isPublic() ? "Public: on the FAQ page" : "Internal: not for publication"));
        return map("type", "FactSet", "facts", facts);
    }

    private static Map<String, Object> fact(String title, String value) {
        return map("title", CardText.escape(title), "value", CardText.literal(value == null ? "" : value));
    }

    private static Map<String, Object> block(CardText.Block b) {
        Map<String, Object> t = textBlock(b.text());
        switch (b.kind()) {
            case HEADING -> t.put("weight", "Bolder");
            case CODE -> t.put("fontType", "Monospace");
            case QUOTE -> t.put("isSubtle", true);
            default -> { }
        }
        if (b.separator()) t.put("separator", true);
        return t;
    }

    /** A wrapping TextBlock; {@code text} must already be escaped. */
    private static Map<String, Object> textBlock(String text, Object... more) {
        Map<String, Object> t = map("type", "TextBlock", "text", text, "wrap", true);
        for (int i = 0; i < more.length; i += 2) t.put((String) more[i], more[i + 1]);
        return t;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
