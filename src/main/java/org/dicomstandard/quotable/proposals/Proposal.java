package org.dicomstandard.quotable.proposals;

import org.dicomstandard.quotable.library.DraftReply;
import org.dicomstandard.quotable.library.Source;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a writer fills in to propose a reply, whatever the channel (a Slack modal today).
 *
 * @param question       the question that was asked: it becomes the first of {@code questions}
 * @param otherQuestions more ways people ask it (the validator wants 3 to 12 in all)
 * @param proposer       who proposed it, for the pull request's description (a chat user name)
 */
public record Proposal(String question, String topic, String audience, String language, String title, String summary,
                       String body, List<Source> sources, List<String> otherQuestions, String proposer) {

    public Proposal {
        sources = sources == null ? List.of() : List.copyOf(sources);
        otherQuestions = otherQuestions == null ? List.of() : List.copyOf(otherQuestions);
    }

    /** The reply file it proposes: {@code status: draft}, the asked question first, no question twice. */
    public DraftReply draft() {
        Set<String> questions = new LinkedHashSet<>();
        if (question != null && !question.isBlank()) questions.add(question.strip());
        otherQuestions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).forEach(questions::add);
        return new DraftReply(topic, audience, language, strip(title), List.copyOf(questions), strip(summary), strip(body), sources);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
