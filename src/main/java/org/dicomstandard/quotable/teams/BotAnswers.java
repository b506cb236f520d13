package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.Feedback;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.teams.botframework.Answering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The adapter between the registered Teams bot ({@code teams.botframework}) and the answering core:
 * it asks {@link org.dicomstandard.quotable.answer.Answering} (the same flow as Slack and the webhook)
 * and renders with the webhook's texts ({@link TeamsMessages}), card ({@link AdaptiveCards}) and card
 * context ({@link TeamsBot#context}), plus the bot's buttons and compose-box results ({@link BotCards}).
 */
@Singleton
final class BotAnswers implements Answering {
    private static final Logger LOG = LoggerFactory.getLogger(BotAnswers.class);
    static final int MATCHES = 5;
    /** The compose box's list for an empty query: a few replies, one per topic. */
    static final int SHORT_LIST = 10;

    private final org.dicomstandard.quotable.answer.Answering core;
    private final AnswerService answers;
    private final Feedback feedback;
    private final JsonMapper json;

    BotAnswers(org.dicomstandard.quotable.answer.Answering core, AnswerService answers, Feedback feedback, JsonMapper json) {
        this.core = core;
        this.answers = answers;
        this.feedback = feedback;
        this.json = json;
    }

    @Override
    public Map<String, Object> message(@Nullable String teamsText) {
        try {
            MessageText message = MessageText.of(teamsText);
            Question q = core.parse(message.question(), null);
            if (q.kind() != Question.Kind.ASK) return TeamsMessages.help(core.matrix(), message.mentioned());
            if (message.question().length() > TeamsBot.MAX_QUESTION) {
                return TeamsMessages.tooLong(message.question().length(), TeamsBot.MAX_QUESTION);
            }
            return answer(q, 0);
        } catch (RuntimeException e) {
            LOG.error("Teams: could not answer a message", e); // the cause, never the question
            return TeamsMessages.failure();
        }
    }

    @Override
    public Map<String, Object> submit(Map<String, Object> data) {
        try {
            String action = text(data, BotCards.ACTION);
            if (action == null) return null;
            return switch (action) {
                case BotCards.NEXT -> {
                    String q = clip(text(data, "q"));
                    String audience = text(data, "audience");
                    if (q.isBlank() || (audience != null && !core.matrix().audiences().containsKey(audience))) yield null;
                    yield answer(core.parse(q, audience), data.get("index") instanceof Number n ? n.intValue() : 0);
                }
                case BotCards.SHOW -> core.reply(String.valueOf(data.get(BotCards.REPLY)), Access.INTERNAL)
                        .map(p -> card(p, null, null))
                        .orElseGet(() -> TeamsMessages.text("That reply is no longer available."));
                case BotCards.FEEDBACK -> {
                    String id = String.valueOf(data.get(BotCards.REPLY));
                    boolean helpful = Boolean.TRUE.equals(data.get("helpful"));
                    if (answers.snippet(id, Access.INTERNAL).isEmpty()) yield null;
                    feedback.record(id, TeamsBot.CHANNEL, helpful, clip(text(data, "q")));
                    yield TeamsMessages.text("Thank you: noted that this reply was " + (helpful ? "helpful." : "not helpful."));
                }
                default -> null;
            };
        } catch (RuntimeException e) {
            LOG.error("Teams: could not answer a card button", e);
            return TeamsMessages.failure();
        }
    }

    @Override
    public List<Map<String, Object>> search(@Nullable String query, int skip, int count) {
        try {
            Matrix matrix = core.matrix();
            String q = clip(query).strip();
            List<Snippet> found;
            if (q.isEmpty()) {
                Map<String, Snippet> oneEach = new LinkedHashMap<>();
                for (Snippet s : answers.all(Access.INTERNAL)) oneEach.putIfAbsent(s.topic(), s);
                found = oneEach.values().stream().limit(SHORT_LIST).toList();
            } else {
                Question asked = Question.parse(q, matrix);
                SearchRequest request = new SearchRequest(asked.text(), asked.audience(), null, asked.language(), skip + count);
                // Teams asks again as the user types: half-typed questions are not misses, so this search logs none.
                found = answers.library().withIndex(i -> i.search(request, Access.INTERNAL, answers.clock().instant()))
                        .hits().stream().map(SearchHit::snippet).toList();
            }
            return found.stream().skip(skip).limit(count).map(s -> BotCards.result(s, matrix)).toList();
        } catch (RuntimeException e) {
            LOG.error("Teams: the compose-box search failed", e);
            return List.of();
        }
    }

    @Override
    public Map<String, Object> chosen(Map<String, Object> previewValue) {
        if (!BotCards.INSERT.equals(previewValue.get(BotCards.ACTION))) return null;
        try {
            return core.reply(String.valueOf(previewValue.get(BotCards.REPLY)), Access.INTERNAL).map(p -> {
                Matrix matrix = core.matrix();
                return fitted(p.snippet(), TeamsBot.context(p), card -> BotCards.inserted(card, p.snippet(), matrix));
            }).orElse(null);
        } catch (RuntimeException e) {
            LOG.error("Teams: could not build the card for a chosen search result", e);
            return null;
        }
    }

    private Map<String, Object> answer(Question q, int index) {
        Answer a = core.ask(q, TeamsBot.CHANNEL, index);
        if (a.miss()) return TeamsMessages.miss(q.text(), a.closest(), core.matrix());
        BotCards.Next next = a.next() >= 0 ? new BotCards.Next(q.text(), q.audience(), a.next()) : null;
        return card(a.chosen(), q.text(), next);
    }

    private Map<String, Object> card(PresentedReply p, String question, BotCards.Next next) {
        Snippet s = p.snippet();
        List<Snippet> versions = answers.versions(s.topic(), Access.INTERNAL).stream().filter(v -> !v.id().equals(s.id())).toList();
        return fitted(s, TeamsBot.context(p), card -> TeamsMessages.card(BotCards.withButtons(card, s, versions, core.matrix(), question, next)));
    }

    /** The whole card if its message fits Teams' limit, else the card without the body (its button still leads to it). */
    private Map<String, Object> fitted(Snippet s, AdaptiveCards.Context c, UnaryOperator<Map<String, Object>> wrap) {
        Map<String, Object> whole = wrap.apply(AdaptiveCards.reply(s, c));
        if (size(whole) < AdaptiveCards.MAX_MESSAGE_BYTES) return whole;
        LOG.warn("Teams: the card for {} is over Teams' limit; sending it without the body", s.id());
        return wrap.apply(AdaptiveCards.withoutBody(s, c));
    }

    private int size(Map<String, Object> message) {
        try {
            return json.writeValueAsBytes(message).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> data, String key) {
        return data.get(key) instanceof String s ? s : null;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > TeamsBot.MAX_QUESTION ? s.substring(0, TeamsBot.MAX_QUESTION) : s;
    }
}
