package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.render.SlackText;
import org.dicomstandard.quotable.search.Analyzers;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.AskedQuestion;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.search.SearchResult;
import org.dicomstandard.quotable.sync.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * What the bot does: answers the slash command in its acknowledgement (so it works without a bot
 * token and within Slack's three seconds), handles the reply's buttons through response_url, and
 * answers mentions (in a thread) and direct messages with the bot token. A failing Slack Web API
 * is logged and the user is still answered where Slack lets us.
 */
final class SlackBot {
    static final String CHANNEL = "slack";
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    private static final int MATCHES = 5;

    private final AnswerService answers;
    private final SlackConfiguration config;
    private final QuotableConfiguration quotable;
    private final Provenance provenance;
    private final ExecutorService background;

    SlackBot(AnswerService answers, SlackConfiguration config, QuotableConfiguration quotable, ExecutorService background,
             Provenance provenance) {
        this.provenance = provenance;
        this.answers = answers;
        this.config = config;
        this.quotable = quotable;
        this.background = background;
    }

    void register(App app) {
        app.command(config.command(), (req, ctx) -> {
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            List<LayoutBlock> blocks;
            String fallback;
            if (text.isEmpty() || text.equalsIgnoreCase("help")) {
                blocks = ReplyBlocks.text(help());
                fallback = "How to ask " + config.command();
            } else if (text.equalsIgnoreCase("audiences")) {
                blocks = ReplyBlocks.text(audiences(answers.matrix()));
                fallback = "Audiences";
            } else {
                Answer a = answer(text, 0, true);
                blocks = a.blocks();
                fallback = a.fallback();
            }
            return ctx.ack(r -> r.responseType("ephemeral").text(fallback).blocks(blocks));
        });
        app.blockAction(ReplyBlocks.POST, (req, ctx) -> {
            String id = value(req);
            String user = req.getPayload().getUser() == null ? null : req.getPayload().getUser().getId();
            answers.snippet(id, Access.INTERNAL).ifPresentOrElse(s -> {
                        respond(ctx, r -> r.responseType("in_channel").replaceOriginal(false).text(ReplyBlocks.fallback(s))
                                .blocks(ReplyBlocks.reply(s, options(s, null, false, false, user, null))));
                        answers.events().posted(s.id(), CHANNEL);
                    },
                    () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false)
                            .text("That reply is no longer available.")));
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.OTHER_AUDIENCE, (req, ctx) -> {
            var selected = req.getPayload().getActions().get(0).getSelectedOption();
            showReply(ctx, selected == null ? null : selected.getValue());
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.PICK, (req, ctx) -> {
            showReply(ctx, value(req));
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.NEXT, (req, ctx) -> {
            NextMatch.decode(value(req)).ifPresentOrElse(next -> {
                Answer a = answerAt(next.q(), next.audience(), next.index(), true);
                respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(true).text(a.fallback()).blocks(a.blocks()));
            }, () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text("That button has expired; ask again.")));
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.OPEN_FAQ, (req, ctx) -> ctx.ack()); // a link: Slack opens it, we only acknowledge

        if (!config.hasBotToken()) {
            LOG.info("Slack: no SLACK_BOT_TOKEN, so mentions and direct messages are off; the slash command and its buttons work");
            return;
        }
        app.event(AppMentionEvent.class, (req, ctx) -> {
            AppMentionEvent e = req.getEvent();
            String question = e.getText() == null ? "" : e.getText().replaceAll("<@[A-Z0-9]+>", " ").strip();
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            background.execute(() -> post(ctx.client(), e.getChannel(), thread, question));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent e = req.getEvent();
            boolean fromPerson = e.getBotId() == null && e.getSubtype() == null;
            if ("im".equals(e.getChannelType()) && fromPerson && e.getText() != null) {
                background.execute(() -> post(ctx.client(), e.getChannel(), null, e.getText().strip()));
            }
            return ctx.ack();
        });
    }

    /** An answer as blocks plus its fallback text. */
    record Answer(List<LayoutBlock> blocks, String fallback) {
    }

    Answer answer(String text, int index, boolean offerPost) {
        AskedQuestion asked = AskedQuestion.parse(text, answers.matrix());
        return answerAt(asked.question(), asked.audience(), index, offerPost);
    }

    private Answer answerAt(String question, String audience, int index, boolean offerPost) {
        SearchResult result = answers.ask(new SearchRequest(question, audience, null, Analyzers.guessLanguage(question), MATCHES),
                Access.INTERNAL, CHANNEL);
        List<SearchHit> confident = result.hits().stream().filter(SearchHit::confident).toList();
        if (confident.isEmpty()) {
            List<Snippet> closest = result.hits().stream().map(SearchHit::snippet).limit(3).toList();
            return new Answer(ReplyBlocks.noMatch(question, closest), "No approved reply matches: " + SlackText.escape(question));
        }
        int i = Math.floorMod(index, confident.size());
        SearchHit hit = confident.get(i);
        Snippet s = hit.snippet();
        String note = hit.audienceFallback() ? "no reply for " + ReplyBlocks.label(answers.matrix(), audience) + " on this topic" : null;
        String next = confident.size() > 1 ? new NextMatch(question, audience, i + 1).encode() : null;
        answers.events().served(s.id(), CHANNEL);
        return new Answer(ReplyBlocks.reply(s, options(s, next, true, offerPost, null, note)), ReplyBlocks.fallback(s));
    }

    private ReplyBlocks.Options options(Snippet s, String next, boolean interactive, boolean offerPost, String sharedBy, String note) {
        List<Snippet> versions = answers.versions(s.topic(), Access.INTERNAL).stream().filter(v -> !v.id().equals(s.id())).toList();
        boolean overdue = ServingRules.overdue(s, answers.clock().instant());
        return new ReplyBlocks.Options(answers.matrix(), versions, s.isPublic() ? quotable.faqUrl(s.id()) : null, overdue, next,
                interactive, offerPost, sharedBy, note, provenance.describe(s));
    }

    private void showReply(ActionContext ctx, String id) {
        answers.snippet(id == null ? "" : id, Access.INTERNAL).ifPresentOrElse(s -> {
                    respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(true).text(ReplyBlocks.fallback(s))
                            .blocks(ReplyBlocks.reply(s, options(s, null, true, true, null, null))));
                    answers.events().served(s.id(), CHANNEL);
                },
                () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text("That reply is no longer available.")));
    }

    private void post(com.slack.api.methods.MethodsClient client, String channel, String thread, String text) {
        Answer a = text.isBlank() ? new Answer(ReplyBlocks.text(help()), "How to ask") : answer(text, 0, false);
        try {
            ChatPostMessageResponse r = client.chatPostMessage(m -> m.channel(channel).threadTs(thread).text(a.fallback()).blocks(a.blocks()));
            if (!r.isOk()) LOG.warn("Slack: chat.postMessage was refused: {}", r.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: chat.postMessage failed: {}", e.toString());
        }
    }

    private static void respond(ActionContext ctx, Consumer<com.slack.api.app_backend.interactive_components.response.ActionResponse.ActionResponseBuilder> build) {
        try {
            var builder = com.slack.api.app_backend.interactive_components.response.ActionResponse.builder();
            build.accept(builder);
            var r = ctx.respond(builder.build());
            if (r.getCode() != 200) LOG.warn("Slack: response_url answered {}", r.getCode());
        } catch (IOException e) {
            LOG.warn("Slack: posting to response_url failed: {}", e.toString());
        }
    }

    private static String value(BlockActionRequest req) {
        var actions = req.getPayload().getActions();
        return actions == null || actions.isEmpty() ? null : actions.get(0).getValue();
    }

    private String help() {
        String c = config.command();
        return "*Ask for an approved reply:*\n"
                + "• `" + c + " why doesn't dicom include security` — the best reply\n"
                + "• `" + c + " is dicom to blame for the leak for researchers` — for an audience\n"
                + "• `" + c + " audiences` — the audiences you can ask for\n"
                + "Replies come only to you; *Post to channel* shares one. Mention the bot or send it a direct message to ask there.";
    }

    private static String audiences(Matrix m) {
        StringBuilder out = new StringBuilder("*Audiences* (end a question with `for <audience>`):");
        m.audiences().forEach((id, a) -> out.append("\n• `").append(id).append("` ").append(SlackText.escape(a.label())));
        return out.toString();
    }
}
