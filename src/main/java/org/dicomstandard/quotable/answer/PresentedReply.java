package org.dicomstandard.quotable.answer;

import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.render.ReplyFormats;

import java.time.Instant;
import java.util.List;

/**
 * A reply with everything a channel shows beside it, built once for Slack, Teams and the API.
 *
 * @param audienceLabel the audience's label from the matrix (its id when it has none)
 * @param topicQuestion the topic's canonical question (its id when it has none)
 * @param overdue       past its review date: channels warn before it is sent
 * @param faqUrl        its place on the FAQ page; null for an internal reply
 * @param approval      who approved it, when, and the pull request (git provenance)
 * @param versions      the topic's other audience and language versions the caller may see
 * @param wordCount     title + summary + body, counted as everywhere
 * @param pressContact  the press office named under every reply; null when the matrix has none
 * @param notes         how this reply was chosen (another audience's, a corrected spelling); may be empty
 */
public record PresentedReply(Snippet snippet, String audienceLabel, String topicQuestion, boolean overdue, String faqUrl,
                             String approval, List<PresentedReply.Version> versions, int wordCount, Matrix.Contact pressContact,
                             List<String> notes) {

    /** Another audience or language version of the same topic. */
    public record Version(String id, String audience, String audienceLabel, String language, String title) {
    }

    public PresentedReply {
        versions = List.copyOf(versions);
        notes = List.copyOf(notes);
    }

    /**
     * The reply as presented at {@code now}: labels from the matrix, the review state, the press contact.
     *
     * @param faqUrl the FAQ page's address for this reply, used only when the reply is public
     */
    public static PresentedReply of(Snippet s, Matrix matrix, Instant now, String faqUrl, String approval, List<Snippet> versions,
                                    List<String> notes) {
        Matrix.Topic topic = matrix.topics().get(s.topic());
        return new PresentedReply(s, label(matrix, s.audience()), topic == null || topic.question() == null ? s.topic() : topic.question(),
                ServingRules.overdue(s, now), s.isPublic() ? faqUrl : null, approval,
                versions.stream().filter(v -> !v.id().equals(s.id()))
                        .map(v -> new Version(v.id(), v.audience(), label(matrix, v.audience()), v.language(), v.title())).toList(), ReplyFormats.wordCount(s),
                matrix.pressContact().orElse(null), notes);
    }

    /** The audience's label from the matrix, or its id when it has none: the one lookup every channel uses. */
    public static String label(Matrix matrix, String audience) {
        Matrix.Audience a = matrix.audiences().get(audience);
        return a == null || a.label() == null ? audience : a.label();
    }

    public String id() {
        return snippet.id();
    }

    /** The notes as one sentence line, or null when there are none. */
    public String note() {
        return notes.isEmpty() ? null : String.join(" ", notes);
    }
}
