package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.Answering;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the bot answers to a Teams message (already known to come from Teams): help, the approved
 * reply as an Adaptive Card, or, without a confident match, the closest titles. The secretariat's
 * channel sees internal replies too ({@link Access#INTERNAL}); misses are logged by the answering core.
 */
@Singleton
final class TeamsBot {
    static final String CHANNEL = "teams";
    static final int MAX_QUESTION = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(TeamsBot.class);
    private final Answering answering;
    private final JsonMapper json;

    /** The part of an incoming activity the bot reads; Teams sends much more. */
    @Serdeable
    record Incoming(@Nullable String type, @Nullable String text) {
    }

    TeamsBot(Answering answering, JsonMapper json) {
        this.answering = answering;
        this.json = json;
    }

    /** The JSON body that answers the activity in {@code body}. */
    byte[] answer(byte[] body) {
        Incoming incoming;
        try {
            incoming = json.readValue(body, Argument.of(Incoming.class));
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("The body is not a Teams message activity.");
        }
        try {
            return reply(MessageText.of(incoming == null ? null : incoming.text()));
        } catch (RuntimeException e) {
            // The user still gets an answer; the log gets the cause (never the question).
            LOG.error("Teams: could not answer a message", e);
            return write(TeamsMessages.failure());
        }
    }

    byte[] reply(MessageText message) {
        Question q = answering.parse(message.question(), null);
        if (q.kind() == Question.Kind.HELP) return write(TeamsMessages.help(answering.matrix(), message.mentioned()));
        if (message.question().length() > MAX_QUESTION) return write(TeamsMessages.tooLong(message.question().length(), MAX_QUESTION));
        if (q.kind() == Question.Kind.AUDIENCES) return write(TeamsMessages.help(answering.matrix(), message.mentioned()));
        Answer a = answering.ask(q, CHANNEL, 0);
        if (a.miss()) return write(TeamsMessages.miss(q.text(), a.result().hits().stream().map(SearchHit::snippet).toList(), answering.matrix()));
        return card(a.chosen());
    }

    private byte[] card(PresentedReply p) {
        AdaptiveCards.Context context = context(p);
        byte[] whole = write(TeamsMessages.card(AdaptiveCards.reply(p.snippet(), context)));
        if (whole.length < AdaptiveCards.MAX_MESSAGE_BYTES) return whole;
        // Cannot happen within the library's 700-word limit; if it ever does, Teams still gets a card.
        LOG.warn("Teams: the card for {} has {} bytes, over Teams' limit; sending it without the body", p.id(), whole.length);
        return write(TeamsMessages.card(AdaptiveCards.withoutBody(p.snippet(), context)));
    }

    /**
     * What the card says about a reply besides the reply. An outgoing webhook can answer only with this
     * one message: no buttons that call back (Action.Submit needs a registered bot), so feedback from
     * Teams is a link at most; the Bot Framework bot ({@code POST /api/messages}) has the buttons.
     */
    static AdaptiveCards.Context context(PresentedReply p) {
        return new AdaptiveCards.Context(p.audienceLabel(), p.topicQuestion(), p.overdue(), p.faqUrl(), p.note(), p.approval(),
                p.pressContact() == null ? null : p.pressContact().name(), p.pressContact() == null ? null : p.pressContact().url());
    }

    private byte[] write(Map<String, Object> activity) {
        try {
            return json.writeValueAsBytes(activity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
