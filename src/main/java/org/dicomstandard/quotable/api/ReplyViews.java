package org.dicomstandard.quotable.api;

import jakarta.inject.Singleton;
import org.dicomstandard.quotable.answer.Answering;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.sync.Provenance;
import org.dicomstandard.quotable.text.Markdown;

import java.util.List;
import java.util.Locale;

/** The API's view of a reply: the {@link PresentedReply} every channel shows, plus the rendered forms and provenance. */
@Singleton
final class ReplyViews {
    private final AnswerService answers;
    private final Answering answering;
    private final Provenance provenance;

    ReplyViews(AnswerService answers, Answering answering, Provenance provenance) {
        this.answers = answers;
        this.answering = answering;
        this.provenance = provenance;
    }

    /** The replies the caller may see, in library order; a null filter means any. */
    List<Views.Reply> replies(Access access, String audience, String topic, String language) {
        return answers.all(access).stream()
                .filter(s -> audience == null || audience.equals(s.audience()))
                .filter(s -> topic == null || topic.equals(s.topic()))
                .filter(s -> language == null || language.equalsIgnoreCase(s.language()))
                .map(s -> reply(s, access)).toList();
    }

    Views.Reply reply(Snippet s, Access access) {
        PresentedReply p = answering.present(s, access, List.of());
        List<Views.Version> versions = p.versions().stream().map(o -> new Views.Version(o.id(), o.audience(), o.language(), o.title())).toList();
        return new Views.Reply(s.id(), s.topic(), p.topicQuestion(), s.audience(), p.audienceLabel(), s.language(),
                s.visibility().name().toLowerCase(Locale.ROOT), s.title(), s.questions(), s.summary(), s.body(),
                Markdown.toHtml(s.body()), Markdown.toText(s.body()), p.wordCount(), s.approvedBy(), s.approvedOn(),
                provenance.verified(s.id()), s.reviewBy(),
                p.overdue(), s.sources().stream().map(src -> new Views.Source(src.title(), src.url())).toList(), versions, p.faqUrl(),
                provenance.of(s.id()).map(e -> new Views.Provenance(e.commit(), e.date(), e.pullRequest(), p.approval())).orElse(null));
    }
}
