package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import org.dicomstandard.quotable.answer.Answering;
import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.proposals.Proposal;
import org.dicomstandard.quotable.proposals.ProposalException;
import org.dicomstandard.quotable.proposals.Proposals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Draft a reply from Slack: the "Draft a reply" button of a miss and {@code /wg14 draft <question>}
 * (or {@code entwurf}) open {@link DraftForm}; its submission is acknowledged at once (field errors go
 * back to the form), then {@link Proposals} validates the draft and opens the pull request off the
 * acknowledging thread, and the writer is told the link, or why nothing was sent, with their draft
 * so nothing is lost. Needs the GitHub settings (for the pull request) and the bot token (for the form).
 */
final class SlackDrafts {
    static final String BUTTON = "draft_reply";
    private static final Set<String> COMMANDS = Set.of("draft", "entwurf");
    private static final Logger LOG = LoggerFactory.getLogger(SlackDrafts.class);

    private final Answering answering;
    private final SlackConfiguration config;
    private final Proposals proposals;

    /** @param proposals null when QUOTABLE_GITHUB_TOKEN or QUOTABLE_GITHUB_REPO is not set */
    SlackDrafts(Answering answering, SlackConfiguration config, Proposals proposals) {
        this.answering = answering;
        this.config = config;
        this.proposals = proposals;
    }

    /** Whether a miss offers "Draft a reply". */
    boolean enabled() {
        return proposals != null && config.hasBotToken();
    }

    /** Whether the slash command's text asks to draft a reply ({@code draft …} or {@code entwurf …}). */
    static boolean isDraftCommand(String text) {
        String first = text == null ? "" : text.strip().split("\\s+", 2)[0];
        return COMMANDS.contains(first.toLowerCase(Locale.ROOT));
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx, SlackBot bot) {
        var p = req.getPayload();
        if (!enabled()) return ctx.ack(r -> r.responseType("ephemeral").text(off()));
        String[] words = p.getText().strip().split("\\s+", 2);
        String question = words.length > 1 ? words[1] : "";
        bot.inBackground("the draft command", () -> open(ctx.client(), p.getTriggerId(), question, p.getChannelId(), text -> {
            try {
                ctx.respond(r -> r.responseType("ephemeral").text(text));
            } catch (IOException e) {
                LOG.warn("Slack: posting to response_url failed: {}", e.toString());
            }
        }));
        return ctx.ack();
    }

    void register(App app, SlackBot bot) {
        app.blockAction(BUTTON, (req, ctx) -> {
            var p = req.getPayload();
            Consumer<String> tell = text -> SlackActions.respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
            if (!enabled()) {
                tell.accept(off());
            } else {
                String question = p.getActions() == null || p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
                String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer() == null ? null : p.getContainer().getChannelId();
                bot.inBackground("the draft button", () -> open(ctx.client(), p.getTriggerId(), question, channel, tell));
            }
            return ctx.ack();
        });
        app.viewSubmission(DraftForm.CALLBACK, (req, ctx) -> {
            var p = req.getPayload();
            if (proposals == null) return ctx.ackWithUpdate(notice(off()));
            DraftForm.Filled form = DraftForm.Filled.of(p.getView());
            Map<String, String> errors = form.errors();
            if (!errors.isEmpty()) return ctx.ackWithErrors(errors);
            String user = p.getUser().getId();
            String channel = DraftForm.Origin.decode(p.getView().getPrivateMetadata()).channel();
            Proposal proposal = form.proposal(proposer(p.getUser()));
            MethodsClient client = ctx.client();
            bot.inBackground("a drafted reply", () -> tell(client, channel, user, propose(proposal)));
            return ctx.ack(); // closes the form; GitHub may take seconds, Slack waits three
        });
    }

    /** Opens the form; when Slack will not, says so where the writer clicked or typed. */
    private void open(MethodsClient client, String trigger, String question, String channel, Consumer<String> tell) {
        String asked = question == null ? "" : question.strip();
        Question q = answering.parse(asked, config.audienceOf(channel));
        boolean isQuestion = q.kind() == Question.Kind.ASK;
        View view = DraftForm.view(answering.matrix(), isQuestion ? q.text() : "", q.audience() != null ? q.audience() : config.audienceOf(channel),
                isQuestion ? q.language() : "en", new DraftForm.Origin(channel));
        try {
            var r = client.viewsOpen(v -> v.triggerId(trigger).view(view));
            if (r.isOk()) return;
            LOG.warn("Slack: views.open was refused: {} {}", r.getError(), r.getResponseMetadata() == null ? "" : r.getResponseMetadata().getMessages());
            tell.accept("Slack would not open the draft form (" + r.getError() + "). Try again; the button and `" + config.command()
                    + " draft` work for about three seconds after a click.");
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: views.open failed: {}", e.toString());
            tell.accept("Slack could not be reached to open the draft form. Try again in a moment.");
        }
    }

    /** What to tell the writer: the pull request, or why nothing was sent and their draft back. */
    String propose(Proposal proposal) {
        try {
            return DraftMessages.opened(proposals.propose(proposal));
        } catch (ProposalException e) {
            return e.problems().isEmpty() ? DraftMessages.notSent(e.getMessage(), proposal, config.command())
                    : DraftMessages.invalid(e.problems(), proposal, config.command());
        } catch (RuntimeException e) {
            LOG.error("Slack: a drafted reply could not be proposed", e);
            return DraftMessages.notSent("the service failed while checking it (see its log)", proposal, config.command());
        }
    }

    /** Ephemeral in the channel the form came from; where that is refused (the bot is not in it), a direct message. */
    private static void tell(MethodsClient client, String channel, String user, String text) {
        if (channel != null) {
            try {
                var r = client.chatPostEphemeral(c -> c.channel(channel).user(user).text(text));
                if (r.isOk()) return;
                LOG.info("Slack: chat.postEphemeral was refused ({}); telling the writer in a direct message", r.getError());
            } catch (IOException | SlackApiException e) {
                LOG.warn("Slack: chat.postEphemeral failed ({}); telling the writer in a direct message", e.toString());
            }
        }
        try {
            var r = client.chatPostMessage(c -> c.channel(user).text(text));
            if (!r.isOk()) LOG.warn("Slack: the writer of a draft could not be told the outcome: chat.postMessage was refused: {}", r.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: the writer of a draft could not be told the outcome: {}", e.toString());
        }
    }

    /** Why drafting is off, naming the settings it needs. */
    String off() {
        List<String> missing = new ArrayList<>();
        if (proposals == null) missing.add("QUOTABLE_GITHUB_TOKEN and QUOTABLE_GITHUB_REPO (to open the pull request)");
        if (!config.hasBotToken()) missing.add("SLACK_BOT_TOKEN (to open the form)");
        return "Drafting a reply from Slack is off: it needs " + String.join(", and ", missing) + " set on the service. Until then, start a"
                + " reply with `java -jar quotable.jar new <topic> <audience>` and open the pull request yourself.";
    }

    private static View notice(String text) {
        return View.builder().type("modal").title(ViewTitle.builder().type("plain_text").text("Draft a reply").build())
                .close(ViewClose.builder().type("plain_text").text("Close").build()).blocks(ReplyBlocks.text(text)).build();
    }

    private static String proposer(com.slack.api.app_backend.views.payload.ViewSubmissionPayload.User user) {
        if (user.getUsername() != null && !user.getUsername().isBlank()) return user.getUsername();
        return user.getName() != null && !user.getName().isBlank() ? user.getName() : "Slack user " + user.getId();
    }
}
