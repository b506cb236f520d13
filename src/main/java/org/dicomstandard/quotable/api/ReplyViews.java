package org.dicomstandard.quotable.api;

import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.render.ReplyFormats;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.sync.Provenance;

import java.util.List;
import java.util.Locale;

/** Builds the API's view of a reply: rendered forms, word count, review state, the other versions, provenance. */
@Singleton
final class ReplyViews {
    private final AnswerService answers;
    private final QuotableConfiguration config;
    private final Provenance provenance;

    ReplyViews(AnswerService answers, QuotableConfiguration config, Provenance provenance) {
        this.answers = answers;
        this.config = config;
        this.provenance = provenance;
    }

    Views.Reply reply(Snippet s, Matrix matrix, Access access) {
        Matrix.Topic topic = matrix.topics().get(s.topic());
        Matrix.Audience audience = matrix.audiences().get(s.audience());
        List<Views.Version> versions = answers.versions(s.topic(), access).stream()
                .filter(o -> !o.id().equals(s.id()))
                .map(o -> new Views.Version(o.id(), o.audience(), o.language(), o.title())).toList();
        return new Views.Reply(s.id(), s.topic(), topic == null ? "" : topic.question(), s.audience(),
                audience == null ? s.audience() : audience.label(), s.language(), s.visibility().name().toLowerCase(Locale.ROOT),
                s.title(), s.questions(), s.summary(), s.body(), Markdown.toHtml(s.body()), Markdown.toText(s.body()),
                ReplyFormats.wordCount(s), s.approvedBy(), s.approvedOn(), provenance.verified(s.id()), s.reviewBy(),
                ServingRules.overdue(s, answers.clock().instant()),
                s.sources().stream().map(src -> new Views.Source(src.title(), src.url())).toList(), versions,
                s.isPublic() ? config.faqUrl(s.id()) : null,
                provenance.of(s.id()).map(p -> new Views.Provenance(p.commit(), p.date(), p.pullRequest(), provenance.describe(s)))
                        .orElse(null));
    }
}
