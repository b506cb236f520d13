package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.api.ApiProblem;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.render.AdaptiveCards;
import org.dicomstandard.quotable.search.Analyzers;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.sync.Provenance;
import org.dicomstandard.quotable.search.AskedQuestion;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the bot answers to a Teams message (already known to come from Teams): help, the approved
 * reply as an Adaptive Card, or, without a confident match, the closest titles. The secretariat's
 * channel sees internal replies too ({@link Access#INTERNAL}); misses are logged by {@link AnswerService}.
 */
@Singleton
final class TeamsBot {
    private final Provenance provenance;
    static final String CHANNEL = "teams";
    static final int MAX_QUESTION = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(TeamsBot.class);
    private final AnswerService answers;
    private final QuotableConfiguration config;
    private final JsonMapper json;

    /** The part of an incoming activity the bot reads; Teams sends much more. */
    @Serdeable
    record Incoming(@Nullable String type, @Nullable String text) {
    }

    TeamsBot(AnswerService answers, QuotableConfiguration config, JsonMapper json, Provenance provenance) {
        this.provenance = provenance;
        this.answers = answers;
        this.config = config;
        this.json = json;
    }

    /** The JSON body that answers the activity in {@code body}. */
    byte[] answer(byte[] body) {
        Incoming incoming;
        try {
            incoming = json.readValue(body, Argument.of(Incoming.class));
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.badRequest("The body is not a Teams message activity.");
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
        Matrix matrix = answers.matrix();
        if (message.asksForHelp()) return write(TeamsMessages.help(matrix, message.mentioned()));
        if (message.question().length() > MAX_QUESTION) return write(TeamsMessages.tooLong(message.question().length(), MAX_QUESTION));
        AskedQuestion asked = AskedQuestion.parse(message.question(), matrix);
        SearchResult result = answers.ask(new SearchRequest(asked.question(), asked.audience(), null,
                Analyzers.guessLanguage(asked.question()), 3), Access.INTERNAL, CHANNEL);
        if (!result.confident()) {
            List<Snippet> closest = result.hits().stream().map(SearchHit::snippet).toList();
            return write(TeamsMessages.miss(asked.question(), closest, matrix));
        }
        return card(result.hits().get(0), asked, result, matrix);
    }

    private byte[] card(SearchHit hit, AskedQuestion asked, SearchResult result, Matrix matrix) {
        Snippet s = hit.snippet();
        AdaptiveCards.Context context = context(s, matrix, answers.clock().instant(), config, note(hit, asked, result, matrix),
                provenance.describe(s));
        byte[] whole = write(TeamsMessages.card(AdaptiveCards.reply(s, context)));
        if (whole.length < AdaptiveCards.MAX_MESSAGE_BYTES) return whole;
        // Cannot happen within the library's 700-word limit; if it ever does, Teams still gets a card.
        LOG.warn("Teams: the card for {} has {} bytes, over Teams' limit; sending it without the body", s.id(), whole.length);
        return write(TeamsMessages.card(AdaptiveCards.withoutBody(s, context)));
    }

    /** What the card says about a reply: labels from the matrix, the review state, the FAQ link for public replies. */
    static AdaptiveCards.Context context(Snippet s, Matrix matrix, Instant now, QuotableConfiguration config, String note) {
        return context(s, matrix, now, config, note, null);
    }

    static AdaptiveCards.Context context(Snippet s, Matrix matrix, Instant now, QuotableConfiguration config, String note, String approval) {
        return new AdaptiveCards.Context(label(matrix, s.audience()), topic(matrix, s.topic()), ServingRules.overdue(s, now),
                s.isPublic() ? config.faqUrl(s.id()) : null, note, approval);
    }

    static String note(SearchHit hit, AskedQuestion asked, SearchResult result, Matrix matrix) {
        List<String> notes = new ArrayList<>();
        if (hit.audienceFallback() && asked.audience() != null) {
            notes.add("There is no reply on this topic for " + label(matrix, asked.audience()) + "; this one is for "
                    + label(matrix, hit.snippet().audience()) + ".");
        }
        if (result.correctedQuery() != null) notes.add("Searched for: " + result.correctedQuery());
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    static String label(Matrix matrix, String audience) {
        Matrix.Audience a = matrix.audiences().get(audience);
        return a == null || a.label() == null ? audience : a.label();
    }

    private static String topic(Matrix matrix, String topic) {
        Matrix.Topic t = matrix.topics().get(topic);
        return t == null || t.question() == null ? topic : t.question();
    }

    private byte[] write(Map<String, Object> activity) {
        try {
            return json.writeValueAsBytes(activity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
