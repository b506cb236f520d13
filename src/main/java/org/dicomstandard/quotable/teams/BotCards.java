package org.dicomstandard.quotable.teams;

import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.text.Markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the registered bot adds to the reply card: {@code Action.Submit} buttons that call the bot back
 * (Next match, Other audience, Helpful, Not helpful), and the compose-box previews. A button's data carries
 * everything its press needs (the question, the audience, which match), so the bot keeps no session; the
 * {@value #ACTION} key tells the bot's own buttons from anything else.
 */
final class BotCards {
    static final String ACTION = "quotable";
    static final String NEXT = "next";
    static final String SHOW = "show";
    static final String FEEDBACK = "feedback";
    static final String INSERT = "insert";
    /** The Input.ChoiceSet of "Other audience": Teams merges its value into the Show button's data under this key. */
    static final String REPLY = "reply";
    static final String THUMBNAIL = "application/vnd.microsoft.card.thumbnail";

    /** The state of a "Next match" button: the question, the audience asked for, which confident match to show. */
    record Next(String q, String audience, int index) {
    }

    private BotCards() {
    }

    /** The card with the bot's buttons after its own actions (the FAQ link). */
    static Map<String, Object> withButtons(Map<String, Object> card, Snippet s, List<Snippet> versions, Matrix matrix,
                                           String question, Next next) {
        List<Object> actions = new ArrayList<>(card.get("actions") instanceof List<?> existing ? existing : List.of());
        if (next != null) {
            actions.add(submit("Next match", data(NEXT, "q", next.q(), "audience", next.audience(), "index", next.index())));
        }
        if (!versions.isEmpty()) actions.add(otherAudience(versions, matrix));
        actions.add(submit("Helpful", data(FEEDBACK, REPLY, s.id(), "helpful", true, "q", question)));
        actions.add(submit("Not helpful", data(FEEDBACK, REPLY, s.id(), "helpful", false, "q", question)));
        Map<String, Object> out = new LinkedHashMap<>(card);
        out.put("actions", actions);
        return out;
    }

    /** A compose-box result: the preview Teams lists (title, audience, summary); choosing it asks for the card. */
    static Map<String, Object> result(Snippet s, Matrix matrix) {
        Map<String, Object> tapped = thumbnail(s, matrix);
        tapped.put("tap", map("type", "invoke", "value", data(INSERT, REPLY, s.id())));
        return map("contentType", THUMBNAIL, "content", thumbnail(s, matrix), "preview", map("contentType", THUMBNAIL, "content", tapped));
    }

    /** The card a chosen result puts into the message being written, with its preview. */
    static Map<String, Object> inserted(Map<String, Object> card, Snippet s, Matrix matrix) {
        return map("contentType", AdaptiveCards.CONTENT_TYPE, "content", card, "preview", map("contentType", THUMBNAIL, "content", thumbnail(s, matrix)));
    }

    private static Map<String, Object> thumbnail(Snippet s, Matrix matrix) {
        String audience = PresentedReply.label(matrix, s.audience()) + (s.isPublic() ? "" : " · internal, not for publication");
        return map("title", CardText.escape(s.title()), "subtitle", CardText.escape(audience), "text", CardText.escape(Markdown.toText(s.summary())));
    }

    private static Map<String, Object> otherAudience(List<Snippet> versions, Matrix matrix) {
        List<Object> choices = new ArrayList<>();
        for (Snippet v : versions) choices.add(map("title", PresentedReply.label(matrix, v.audience()) + " (" + v.language() + ")", "value", v.id()));
        Map<String, Object> pick = map("type", "Input.ChoiceSet", "id", REPLY, "style", "compact", "value", versions.get(0).id(), "choices", choices);
        Map<String, Object> card = map("type", "AdaptiveCard", "body", List.of(pick), "actions", List.of(submit("Show this reply", data(SHOW))));
        return map("type", "Action.ShowCard", "title", "Other audience", "card", card);
    }

    private static Map<String, Object> submit(String title, Map<String, Object> data) {
        return map("type", "Action.Submit", "title", title, "data", data);
    }

    private static Map<String, Object> data(String action, Object... kv) {
        Map<String, Object> d = map(kv);
        d.put(ACTION, action);
        return d;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
