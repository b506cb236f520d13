package org.dicomstandard.quotable.slack;

import com.slack.api.model.block.LayoutBlock;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.Answering;
import org.dicomstandard.quotable.answer.Feedback;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.library.Matrix;

import java.util.List;

/**
 * The core's answers as Slack messages: help, the audience list, a reply with its buttons, or a
 * miss with the closest titles. Every Slack surface (command, buttons, mentions, DMs, the shortcut,
 * App Home) answers through here.
 */
final class SlackAnswers {
    static final String CHANNEL = "slack";

    private final Answering answering;
    private final SlackConfiguration config;
    private final Feedback feedback;
    private final boolean drafting;

    /** @param drafting whether a miss offers "Draft a reply" ({@link SlackDrafts#enabled()}) */
    SlackAnswers(Answering answering, SlackConfiguration config, Feedback feedback, boolean drafting) {
        this.answering = answering;
        this.config = config;
        this.feedback = feedback;
        this.drafting = drafting;
    }

    String audienceOf(String channelId) {
        return config.audienceOf(channelId);
    }

    Feedback feedback() {
        return feedback;
    }

    /** A message as blocks plus its fallback text. */
    record Message(List<LayoutBlock> blocks, String fallback) {
    }

    Answering answering() {
        return answering;
    }

    /** The answer to text typed in the Slack channel {@code channelId} (its default audience applies). */
    Message answer(String text, String channelId, boolean offerPost) {
        Question q = answering.parse(text, config.audienceOf(channelId));
        return switch (q.kind()) {
            case HELP -> new Message(ReplyBlocks.text(help()), "How to ask " + config.command());
            case AUDIENCES -> new Message(ReplyBlocks.text(audiences(answering.matrix())), "Audiences");
            case ASK -> q.text().length() > Question.MAX_LENGTH
                    ? new Message(ReplyBlocks.text("That question is " + q.text().length() + " characters long. Ask in at most "
                    + Question.MAX_LENGTH + " characters."), "Question too long")
                    : answer(q, 0, offerPost);
        };
    }

    /** The {@code index}-th confident reply to the question (wrapping), or the miss. */
    Message answer(Question q, int index, boolean offerPost) {
        Answer a = answering.ask(q, CHANNEL, index);
        if (a.miss()) {
            return new Message(ReplyBlocks.noMatch(q.text(), a.closest(), drafting), "No approved reply matches: " + SlackText.escape(q.text()));
        }
        String next = a.next() < 0 ? null : new NextMatch(q.text(), q.audience(), a.next()).encode();
        return reply(a.chosen(), new ReplyBlocks.Options(next, true, offerPost, null, q.text()));
    }

    Message reply(PresentedReply p, ReplyBlocks.Options options) {
        return new Message(ReplyBlocks.reply(p, options), ReplyBlocks.fallback(p.snippet()));
    }

    String help() {
        String c = config.command();
        return "*Ask for an approved reply:*\n"
                + "• `" + c + " why doesn't dicom include security` — the best reply\n"
                + "• `" + c + " is dicom to blame for the leak for researchers` — for an audience (`für Journalisten` works too)\n"
                + "• `" + c + " audiences` — the audiences you can ask for\n"
                + "• `" + c + " help` or `hilfe` — this text\n"
                + "Replies come only to you; *Post to channel* shares one. Mention the bot or send it a direct message to ask there; "
                + "the *Find an approved reply* shortcut on any message answers the questions in it.";
    }

    static String audiences(Matrix m) {
        StringBuilder out = new StringBuilder("*Audiences* (end a question with `for <audience>`):");
        m.audiences().forEach((id, a) -> out.append("\n• `").append(id).append("` ").append(SlackText.escape(a.label())));
        return out.toString();
    }
}
