package org.dicomstandard.quotable.teams;

import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies Teams accepts as the answer to an outgoing webhook: Bot Framework message activities,
 * either a text or one Adaptive Card. Text from users and from the library is escaped
 * ({@link CardText}), so an answer never carries markup or a mention of its own.
 */
final class TeamsMessages {
    private TeamsMessages() {
    }

    static Map<String, Object> card(Map<String, Object> card) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", AdaptiveCards.CONTENT_TYPE);
        attachment.put("content", card);
        return message("attachments", List.of(attachment));
    }

    static Map<String, Object> text(String teamsMarkdown) {
        return message("text", teamsMarkdown);
    }

    private static Map<String, Object> message(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "message");
        m.put(key, value);
        return m;
    }

    static Map<String, Object> help(Matrix matrix, String botName) {
        String at = "@" + CardText.literal(botName == null ? "Quotable" : botName);
        return text("**Quotable** answers with replies the working group has approved.\n\n"
                + "Mention me with a question: `" + at + " why doesn't DICOM include security`\n\n"
                + "Add **for** and an audience at the end to get the reply written for them: `"
                + at + " is DICOM to blame for the leaked images for journalists`\n\n"
                + "Audiences: " + CardText.literal(String.join(", ", matrix.audiences().keySet())) + "\n\n"
                + "The answer shows who a reply is for, when it was approved and when it is due for review. "
                + "Internal replies are marked and are not for publication; public ones link to the FAQ page. "
                + "A question without a good answer is logged, so the writers can add one.");
    }

    static Map<String, Object> miss(String question, List<Snippet> closest, Matrix matrix) {
        StringBuilder t = new StringBuilder("No approved reply answers “").append(CardText.literal(question))
                .append("” well enough to send. The question is logged for the writers.");
        if (!closest.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Snippet s : closest) {
                Matrix.Audience a = matrix.audiences().get(s.audience());
                lines.add("- " + CardText.literal(s.title()) + " (" + CardText.literal(a == null ? s.audience() : a.label()) + ")");
            }
            t.append("\n\nClosest replies:\n\n").append(String.join("\n", lines));
        }
        t.append("\n\nTry other words, or name an audience at the end (`… for journalists`). Type `help` for more.");
        return text(t.toString());
    }

    static Map<String, Object> tooLong(int length, int max) {
        return text("That message is " + length + " characters long. Ask a question of at most " + max + " characters.");
    }

    static Map<String, Object> failure() {
        return text("Sorry, Quotable could not answer just now. Try again in a minute; if it keeps failing, tell the secretariat.");
    }
}
