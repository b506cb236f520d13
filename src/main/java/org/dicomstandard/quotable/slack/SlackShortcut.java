package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.model.Message;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.Questions;

import java.util.ArrayList;
import java.util.List;

/**
 * The message shortcut "Find an approved reply": on any message (a forwarded journalist's e-mail, a
 * colleague's question) it answers, only to whoever used it, each of up to three questions the
 * message asks with the chosen reply and how sure the search is. A message it cannot read (too long,
 * files only, the bot's own) gets a plain explanation instead.
 */
final class SlackShortcut {
    static final String CALLBACK = "find_reply";
    static final int MAX_QUESTIONS = 3;

    private final SlackAnswers answers;
    private final SlackBot bot;

    SlackShortcut(SlackAnswers answers, SlackBot bot) {
        this.answers = answers;
        this.bot = bot;
    }

    void register(App app) {
        app.messageShortcut(CALLBACK, (req, ctx) -> {
            Message message = req.getPayload().getMessage();
            String channel = req.getPayload().getChannel() == null ? null : req.getPayload().getChannel().getId();
            bot.inBackground("a message shortcut", () -> respond(ctx, message, channel));
            return ctx.ack();
        });
    }

    private void respond(MessageShortcutContext ctx, Message message, String channel) {
        String refusal = refusal(message);
        SlackAnswers.Message m = refusal != null ? new SlackAnswers.Message(ReplyBlocks.text(refusal), refusal) : answer(message.getText(), channel);
        SlackActions.respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text(m.fallback()).blocks(m.blocks()));
    }

    /** Why the message cannot be answered, or null when it can. */
    static String refusal(Message message) {
        if (message == null) return "Slack did not send the message; try the shortcut again.";
        if (message.getBotId() != null || "bot_message".equals(message.getSubtype())) {
            return "That message comes from a bot (perhaps this one): use the shortcut on a person's question.";
        }
        String text = message.getText() == null ? "" : message.getText().strip();
        if (text.isEmpty()) {
            return message.getFiles() != null && !message.getFiles().isEmpty()
                    ? "That message holds only files; Quotable reads the text of a message, not its files."
                    : "That message has no text to find a reply for.";
        }
        if (text.length() > Questions.MAX_MESSAGE) {
            return "That message is " + String.format("%,d", text.length()) + " characters long; the shortcut reads messages of up to "
                    + String.format("%,d", Questions.MAX_MESSAGE) + ". Ask the question itself with " + "the slash command instead.";
        }
        return null;
    }

    private SlackAnswers.Message answer(String text, String channel) {
        List<String> questions = Questions.in(text, MAX_QUESTIONS);
        List<Answer> found = new ArrayList<>();
        for (String q : questions) found.add(answers.answering().ask(answers.answering().parse(q, answers.audienceOf(channel)), SlackAnswers.CHANNEL, 0));
        return new SlackAnswers.Message(ReplyBlocks.found(found), "Approved replies for " + found.size()
                + (found.size() == 1 ? " question" : " questions") + " in the message");
    }
}
