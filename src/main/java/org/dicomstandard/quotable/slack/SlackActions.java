package org.dicomstandard.quotable.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.ActionRespondUtility;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.library.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.Consumer;

/** The buttons of a reply: post to channel, other audience, a closest title, next match, helpful or not. */
final class SlackActions {
    private static final Logger LOG = LoggerFactory.getLogger(SlackActions.class);
    static final String GONE = "That reply is no longer available.";

    private final SlackAnswers answers;

    SlackActions(SlackAnswers answers) {
        this.answers = answers;
    }

    void register(App app) {
        app.blockAction(ReplyBlocks.POST, (req, ctx) -> {
            String id = value(req);
            String user = req.getPayload().getUser() == null ? null : req.getPayload().getUser().getId();
            answers.answering().reply(id, Access.INTERNAL).ifPresentOrElse(p -> {
                SlackAnswers.Message m = answers.reply(p, new ReplyBlocks.Options(null, false, false, user, null));
                respond(ctx, r -> r.responseType("in_channel").replaceOriginal(false).text(m.fallback()).blocks(m.blocks()));
            }, () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text(GONE)));
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
                Question q = answers.answering().parse(next.q(), next.audience());
                SlackAnswers.Message m = answers.answer(q, next.index(), true);
                respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(true).text(m.fallback()).blocks(m.blocks()));
            }, () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text("That button has expired; ask again.")));
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.OPEN_FAQ, (req, ctx) -> ctx.ack()); // a link: Slack opens it, we only acknowledge
        app.blockAction(ReplyBlocks.HELPFUL, (req, ctx) -> {
            vote(ctx, value(req), true);
            return ctx.ack();
        });
        app.blockAction(ReplyBlocks.NOT_HELPFUL, (req, ctx) -> {
            vote(ctx, value(req), false);
            return ctx.ack();
        });
    }

    /**
     * Records a vote on a reply still served to chat. A reply a reload has removed gets a plain answer
     * that names nothing of it; who clicked is never recorded.
     */
    private void vote(ActionRespondUtility ctx, String value, boolean helpful) {
        var vote = Vote.decode(value).filter(v -> answers.answering().reply(v.id(), Access.INTERNAL).isPresent());
        if (vote.isEmpty()) {
            respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text("That reply has been changed or withdrawn since, so your feedback was not recorded. Ask again for the current reply."));
            return;
        }
        answers.feedback().record(vote.get().id(), SlackAnswers.CHANNEL, helpful, vote.get().q());
        respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false)
                .text(helpful ? "Thank you: noted as helpful." : "Thank you: noted as not helpful. The writers will look at it."));
    }

    private void showReply(ActionRespondUtility ctx, String id) {
        answers.answering().reply(id, Access.INTERNAL).ifPresentOrElse(p -> {
            SlackAnswers.Message m = answers.reply(p, new ReplyBlocks.Options(null, true, true, null, null));
            respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(true).text(m.fallback()).blocks(m.blocks()));
        }, () -> respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text(GONE)));
    }

    /** Posts to response_url; a failure is logged, as Slack has already been acknowledged. */
    static void respond(ActionRespondUtility ctx, Consumer<ActionResponse.ActionResponseBuilder> build) {
        try {
            var builder = ActionResponse.builder();
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
}
