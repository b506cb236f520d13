package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.render.AdaptiveCards;
import org.dicomstandard.quotable.search.Analyzers;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.AskedQuestion;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.search.SearchResult;
import org.dicomstandard.quotable.sync.Provenance;
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
 * The adapter between the registered Teams bot ({@code teams.botframework}) and the answering: the one
 * class that asks {@link AnswerService} and builds what the bot says, with the webhook's texts
 * ({@link TeamsMessages}), card ({@link AdaptiveCards}) and card context ({@link TeamsBot#context}), plus
 * the bot's buttons and compose-box results ({@link BotCards}). When the channel-neutral answering core
 * lands, this is the class to rewire; feedback goes through {@link #feedback} alone.
 */
@Singleton
final class BotAnswers implements Answering {
    private static final Logger LOG = LoggerFactory.getLogger(BotAnswers.class);
    static final int MATCHES = 5;
    /** The compose box's list for an empty query: a few replies, one per topic. */
    static final int SHORT_LIST = 10;

    private final AnswerService answers;
    private final QuotableConfiguration config;
    private final Provenance provenance;
    private final JsonMapper json;

    BotAnswers(AnswerService answers, QuotableConfiguration config, Provenance provenance, JsonMapper json) {
        this.answers = answers;
        this.config = config;
        this.provenance = provenance;
        this.json = json;
    }

    @Override
    public Map<String, Object> message(@Nullable String teamsText) {
        try {
            MessageText message = MessageText.of(teamsText);
            if (message.asksForHelp()) return TeamsMessages.help(answers.matrix(), message.mentioned());
            if (message.question().length() > TeamsBot.MAX_QUESTION) {
                return TeamsMessages.tooLong(message.question().length(), TeamsBot.MAX_QUESTION);
            }
            AskedQuestion asked = AskedQuestion.parse(message.question(), answers.matrix());
            return answer(asked.question(), asked.audience(), 0);
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
                    if (q.isBlank() || (audience != null && !answers.matrix().audiences().containsKey(audience))) yield null;
                    yield answer(q, audience, data.get("index") instanceof Number n ? n.intValue() : 0);
                }
                case BotCards.SHOW -> answers.snippet(String.valueOf(data.get(BotCards.REPLY)), Access.INTERNAL)
                        .map(s -> card(s, null, null, null))
                        .orElseGet(() -> TeamsMessages.text("That reply is no longer available."));
                case BotCards.FEEDBACK -> {
                    String id = String.valueOf(data.get(BotCards.REPLY));
                    boolean helpful = Boolean.TRUE.equals(data.get("helpful"));
                    if (answers.snippet(id, Access.INTERNAL).isEmpty()) yield null;
                    feedback(id, helpful, text(data, "q"));
                    yield TeamsMessages.text("Thank you: noted that this reply was " + (helpful ? "helpful." : "not helpful."));
                }
                default -> null;
            };
        } catch (RuntimeException e) {
            LOG.error("Teams: could not answer a card button", e);
            return TeamsMessages.failure();
        }
    }

    /**
     * A Helpful / Not helpful press. The place to hand it to the events log when that lands on main
     * ({@code events.feedback(replyId, TeamsBot.CHANNEL, helpful, question)}); until then a DEBUG line,
     * without the question.
     */
    void feedback(String replyId, boolean helpful, @Nullable String question) {
        LOG.debug("Teams: feedback on {}: {}", replyId, helpful ? "helpful" : "not helpful");
    }

    @Override
    public List<Map<String, Object>> search(@Nullable String query, int skip, int count) {
        try {
            Matrix matrix = answers.matrix();
            String q = clip(query).strip();
            List<Snippet> found;
            if (q.isEmpty()) {
                Map<String, Snippet> oneEach = new LinkedHashMap<>();
                for (Snippet s : answers.all(Access.INTERNAL)) oneEach.putIfAbsent(s.topic(), s);
                found = oneEach.values().stream().limit(SHORT_LIST).toList();
            } else {
                AskedQuestion asked = AskedQuestion.parse(q, matrix);
                SearchRequest request = new SearchRequest(asked.question(), asked.audience(), null, Analyzers.guessLanguage(asked.question()),
                        skip + count);
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
            return answers.snippet(String.valueOf(previewValue.get(BotCards.REPLY)), Access.INTERNAL).map(s -> {
                Matrix matrix = answers.matrix();
                return fitted(s, context(s, matrix, null), card -> BotCards.inserted(card, s, matrix));
            }).orElse(null);
        } catch (RuntimeException e) {
            LOG.error("Teams: could not build the card for a chosen search result", e);
            return null;
        }
    }

    private Map<String, Object> answer(String question, String audience, int index) {
        Matrix matrix = answers.matrix();
        SearchResult result = answers.ask(new SearchRequest(question, audience, null, Analyzers.guessLanguage(question), MATCHES),
                Access.INTERNAL, TeamsBot.CHANNEL);
        List<SearchHit> confident = result.hits().stream().filter(SearchHit::confident).toList();
        if (confident.isEmpty()) {
            return TeamsMessages.miss(question, result.hits().stream().map(SearchHit::snippet).limit(3).toList(), matrix);
        }
        int i = Math.floorMod(index, confident.size());
        SearchHit hit = confident.get(i);
        BotCards.Next next = confident.size() > 1 ? new BotCards.Next(question, audience, i + 1) : null;
        return card(hit.snippet(), TeamsBot.note(hit, new AskedQuestion(question, audience), result, matrix), question, next);
    }

    private Map<String, Object> card(Snippet s, String note, String question, BotCards.Next next) {
        Matrix matrix = answers.matrix();
        List<Snippet> versions = answers.versions(s.topic(), Access.INTERNAL).stream().filter(v -> !v.id().equals(s.id())).toList();
        return fitted(s, context(s, matrix, note), card -> TeamsMessages.card(BotCards.withButtons(card, s, versions, matrix, question, next)));
    }

    private AdaptiveCards.Context context(Snippet s, Matrix matrix, String note) {
        return TeamsBot.context(s, matrix, answers.clock().instant(), config, note, provenance.describe(s));
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
