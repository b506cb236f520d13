package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * What the bot does: answers the slash command in its acknowledgement (so it works without a bot
 * token and within Slack's three seconds), its buttons and the message shortcut through response_url
 * ({@link SlackActions}, {@link SlackShortcut}), and, with the bot token, mentions (in a thread),
 * direct messages and App Home ({@link SlackHome}); drafting a reply from a miss ({@link SlackDrafts}). Work on the background thread that fails is
 * logged with its cause, never lost; a failing Slack Web API is logged and the user is still
 * answered where Slack lets us.
 */
final class SlackBot {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

    private final SlackAnswers answers;
    private final SlackConfiguration config;
    private final ExecutorService background;
    private final SlackHome home;
    private final SlackDrafts drafts;

    SlackBot(SlackAnswers answers, SlackConfiguration config, ExecutorService background, SlackHome home, SlackDrafts drafts) {
        this.answers = answers;
        this.config = config;
        this.background = background;
        this.home = home;
        this.drafts = drafts;
    }

    void register(App app) {
        app.command(config.command(), (req, ctx) -> {
            var p = req.getPayload();
            if (SlackDrafts.isDraftCommand(p.getText())) return drafts.command(req, ctx, this);
            SlackAnswers.Message m = answers.answer(p.getText() == null ? "" : p.getText(), p.getChannelId(), true);
            return ctx.ack(r -> r.responseType("ephemeral").text(m.fallback()).blocks(m.blocks()));
        });
        new SlackActions(answers).register(app);
        new SlackShortcut(answers, this).register(app);
        drafts.register(app, this);

        if (!config.hasBotToken()) {
            LOG.info("Slack: no SLACK_BOT_TOKEN, so mentions, direct messages and App Home are off; the slash command, "
                    + "its buttons and the message shortcut work");
            return;
        }
        app.event(AppMentionEvent.class, (req, ctx) -> {
            AppMentionEvent e = req.getEvent();
            String question = e.getText() == null ? "" : e.getText().replaceAll("<@[A-Z0-9]+>", " ").strip();
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            inBackground("a mention", () -> post(ctx.client(), e.getChannel(), thread, question));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent e = req.getEvent();
            boolean fromPerson = e.getBotId() == null && e.getSubtype() == null;
            if ("im".equals(e.getChannelType()) && fromPerson && e.getText() != null) {
                inBackground("a direct message", () -> post(ctx.client(), e.getChannel(), null, e.getText()));
            }
            return ctx.ack();
        });
        home.register(app, this);
    }

    /**
     * Runs work after the acknowledgement. Bolt for Java has no app-wide error handler, and an
     * exception on an executor thread reaches no log by itself: this is the one place that logs it.
     */
    void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Slack: could not answer {}", what, e); // the cause, never the question
            }
        });
    }

    private void post(MethodsClient client, String channel, String thread, String text) {
        SlackAnswers.Message m = answers.answer(text, channel, false);
        try {
            ChatPostMessageResponse r = client.chatPostMessage(c -> c.channel(channel).threadTs(thread).text(m.fallback()).blocks(m.blocks()));
            if (!r.isOk()) LOG.warn("Slack: chat.postMessage was refused: {}", r.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: chat.postMessage failed: {}", e.toString());
        }
    }
}
