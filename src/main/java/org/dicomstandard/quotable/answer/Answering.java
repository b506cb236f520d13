package org.dicomstandard.quotable.answer;

import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.search.SearchResult;
import org.dicomstandard.quotable.sync.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one answering flow of every channel: asks the library a {@link Question}, picks the reply
 * (or a miss with the closest ones), and presents it with everything channels show beside it.
 * Slack, Teams and the API only parse their transport and render a {@link PresentedReply}.
 */
@Singleton
public class Answering {
    /** Hits fetched per question: the chosen one, "next match" and the closest for a miss. */
    static final int MATCHES = 5;

    private final AnswerService answers;
    private final QuotableConfiguration config;
    private final Provenance provenance;

    public Answering(AnswerService answers, QuotableConfiguration config, Provenance provenance) {
        this.answers = answers;
        this.config = config;
        this.provenance = provenance;
    }

    public Matrix matrix() {
        return answers.matrix();
    }

    /** The question parsed against the current matrix, with the channel's default audience. */
    public Question parse(String text, String defaultAudience) {
        return Question.parse(text, matrix(), defaultAudience);
    }

    /** Asks for the {@code index}-th confident reply (wrapping); chat channels see internal replies. */
    public Answer ask(Question q, String channel, int index) {
        SearchResult result = answers.ask(new SearchRequest(q.text(), q.audience(), null, q.language(), MATCHES), Access.INTERNAL, channel);
        List<SearchHit> confident = result.hits().stream().filter(SearchHit::confident).toList();
        if (confident.isEmpty()) {
            return new Answer(q, result, null, 0, 0, result.hits().stream().map(SearchHit::snippet).limit(3).toList());
        }
        int i = Math.floorMod(index, confident.size());
        SearchHit hit = confident.get(i);
        List<String> notes = new ArrayList<>();
        if (hit.audienceFallback() && q.audience() != null) {
            notes.add("There is no reply on this topic for " + audienceLabel(q.audience()) + "; this one is for "
                    + audienceLabel(hit.snippet().audience()) + ".");
        }
        if (result.correctedQuery() != null) notes.add("Searched for: " + result.correctedQuery());
        return new Answer(q, result, present(hit.snippet(), Access.INTERNAL, notes), i, confident.size(), List.of());
    }

    /** A reply by id as the caller may see it, presented; empty when it is gone or not for the caller. */
    public Optional<PresentedReply> reply(String id, Access access) {
        return answers.snippet(id == null ? "" : id, access).map(s -> present(s, access, List.of()));
    }

    public PresentedReply present(Snippet s, Access access, List<String> notes) {
        return PresentedReply.of(s, matrix(), answers.clock().instant(), config.faqUrl(s.id()), provenance.describe(s),
                answers.versions(s.topic(), access), notes);
    }

    /** The audience's label from the matrix, or its id when it has none. */
    public String audienceLabel(String audience) {
        return PresentedReply.label(matrix(), audience);
    }
}
