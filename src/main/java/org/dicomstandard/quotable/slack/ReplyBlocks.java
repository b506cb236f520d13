package org.dicomstandard.quotable.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit for a reply, within Slack's limits for any reply the library allows: at most 50 blocks,
 * section text at most 3,000 characters (the body is split at paragraph boundaries), header at most
 * 150, button text at most 75 and value at most 2,000. Every mrkdwn object is verbatim, and all
 * text from the library or a user is escaped (see {@link SlackText}).
 */
final class ReplyBlocks {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION = 3000;
    static final int MAX_HEADER = 150;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_VALUE = 2000;

    static final String POST = "post_to_channel";
    static final String OTHER_AUDIENCE = "other_audience";
    static final String NEXT = "next_match";
    static final String OPEN_FAQ = "open_faq";
    static final String PICK = "pick_reply";
    static final String HELPFUL = "feedback_helpful";
    static final String NOT_HELPFUL = "feedback_not_helpful";

    private ReplyBlocks() {
    }

    /**
     * How a reply message is sent.
     *
     * @param nextState   the "Next match" button's value, or null for no button
     * @param interactive whether to add the reply's buttons (a shared copy has none but feedback)
     * @param sharedBy    the user who posted the reply to the channel, or null
     * @param question    the question the reply answered, for feedback; null when it was picked, not asked
     */
    record Options(String nextState, boolean interactive, boolean offerPost, String sharedBy, String question) {
    }

    static List<LayoutBlock> reply(PresentedReply p, Options o) {
        Snippet s = p.snippet();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(clip(s.title(), MAX_HEADER))).build());
        blocks.add(context(contextLine(p, o)));
        blocks.add(section("*" + SlackText.escape(s.summary().strip()) + "*"));
        for (String chunk : chunks(SlackText.paragraphs(s.body()), MAX_SECTION)) {
            blocks.add(section(chunk));
        }
        blocks.add(section(clip(sources(s), MAX_SECTION)));
        if (o.interactive()) {
            List<BlockElement> elements = new ArrayList<>();
            if (o.offerPost()) elements.add(button("Post to channel", POST, s.id()));
            if (o.nextState() != null && o.nextState().length() <= MAX_VALUE) elements.add(button("Next match", NEXT, o.nextState()));
            if (p.faqUrl() != null) {
                elements.add(ButtonElement.builder().text(plain("Open in FAQ")).actionId(OPEN_FAQ).url(p.faqUrl()).build());
            }
            List<OptionObject> options = p.versions().stream().limit(100)
                    .map(v -> OptionObject.builder().text(plain(clip(v.audienceLabel() + " (" + v.language() + ")", MAX_BUTTON_TEXT)))
                            .value(v.id()).build()).toList();
            if (!options.isEmpty()) {
                elements.add(StaticSelectElement.builder().actionId(OTHER_AUDIENCE).placeholder(plain("Other audience")).options(options).build());
            }
            if (!elements.isEmpty()) blocks.add(ActionsBlock.builder().elements(elements).build());
        }
        blocks.add(ActionsBlock.builder().blockId("feedback").elements(List.of(
                button("Helpful", HELPFUL, new Vote(s.id(), o.question()).encode()),
                button("Not helpful", NOT_HELPFUL, new Vote(s.id(), o.question()).encode()))).build());
        if (p.pressContact() != null) blocks.add(context(pressContact(p.pressContact())));
        if (blocks.size() > MAX_BLOCKS) {
            // A reply of at most 700 words cannot get here, but never send what Slack refuses.
            List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 3));
            kept.addAll(blocks.subList(blocks.size() - 3, blocks.size()));
            return kept;
        }
        return blocks;
    }

    static String fallback(Snippet s) {
        return SlackText.escape(s.title() + " — " + s.summary().strip());
    }

    /** No confident answer: say so plainly, offer the closest titles as buttons and, when drafting is on, "Draft a reply". */
    static List<LayoutBlock> noMatch(String question, List<Snippet> closest, boolean offerDraft) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section("No approved reply matches _" + SlackText.escape(clip(question, 500)) + "_."
                + (closest.isEmpty() ? "" : " The closest ones:")));
        if (!closest.isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Snippet s : closest.stream().limit(3).toList()) buttons.add(button(s.title(), PICK, s.id()));
            blocks.add(ActionsBlock.builder().elements(buttons).build());
        }
        if (offerDraft && !question.isBlank()) blocks.add(ActionsBlock.builder().elements(List.of(button("Draft a reply", SlackDrafts.BUTTON, clip(question, MAX_VALUE)))).build());
        blocks.add(context("The question was passed on to the writers as one to answer."));
        return blocks;
    }

    /** The shortcut's answer: per question found, the chosen reply's title and summary, how sure, and a button to show it. */
    static List<LayoutBlock> found(List<Answer> answers) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Answer a : answers) {
            String q = "*" + SlackText.escape(clip(a.question().text(), 300)) + "*\n";
            if (a.miss()) {
                blocks.add(section(q + "No approved reply answers this yet; the question was passed on to the writers."));
                continue;
            }
            Snippet s = a.chosen().snippet();
            String text = q + SlackText.escape(s.title()) + " — " + SlackText.escape(clip(s.summary().strip(), 400)) + "\n_"
                    + Math.round(a.confidence() * 100) + " % confident · " + SlackText.escape(a.chosen().audienceLabel())
                    + (s.isPublic() ? "" : " · internal, not for publication") + "_";
            blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(clip(text, MAX_SECTION)).verbatim(true).build())
                    .accessory(button("Show reply", PICK, s.id())).build());
        }
        if (blocks.isEmpty()) blocks.add(section("No question found in that message."));
        return blocks;
    }

    static List<LayoutBlock> text(String mrkdwn) {
        return List.of(section(mrkdwn));
    }

    private static String contextLine(PresentedReply p, Options o) {
        Snippet s = p.snippet();
        StringBuilder line = new StringBuilder();
        line.append(SlackText.escape(p.audienceLabel())).append(" · ").append(SlackText.escape(s.topic()))
                .append(" · ").append(p.wordCount()).append(" words");
        if (p.approval() != null) line.append(" · ").append(SlackText.escape(p.approval()));
        else if (s.approvedOn() != null) line.append(" · approved ").append(s.approvedOn());
        if (s.reviewBy() != null) line.append(" · review by ").append(s.reviewBy());
        if (p.overdue()) line.append(" · :warning: *review overdue*");
        if (!s.isPublic()) line.append(" · :lock: internal, not for publication");
        if (p.note() != null) line.append(" · ").append(SlackText.escape(p.note()));
        if (o.sharedBy() != null) line.append(" · shared by <@").append(o.sharedBy().replaceAll("[^A-Z0-9a-z]", "")).append('>');
        return line.toString();
    }

    private static String pressContact(Matrix.Contact c) {
        return "Press enquiries: " + SlackText.link(c.url(), c.name());
    }

    private static String sources(Snippet s) {
        StringBuilder out = new StringBuilder("*Sources*");
        for (Source src : s.sources()) out.append("\n• ").append(SlackText.link(src.url(), src.title()));
        return out.toString();
    }

    /** Paragraphs packed into texts of at most {@code max} characters; a longer paragraph is cut at a space. */
    static List<String> chunks(List<String> paragraphs, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : paragraphs) {
            String rest = p;
            while (rest.length() > max) {
                int cut = rest.lastIndexOf(' ', max);
                if (cut <= 0) cut = max;
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            if (current.length() > 0 && current.length() + 2 + rest.length() > max) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) current.append("\n\n");
            current.append(rest);
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build()).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build())).build();
    }

    private static ButtonElement button(String text, String actionId, String value) {
        return ButtonElement.builder().text(plain(clip(text, MAX_BUTTON_TEXT))).actionId(actionId).value(value).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(SlackText.plain(text)).emoji(false).build();
    }

    static String clip(String s, int max) {
        if (s.length() <= max) return s;
        return s.substring(0, max - 1).stripTrailing() + "…";
    }
}
