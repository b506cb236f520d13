package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import org.dicomstandard.quotable.answer.Answer;
import org.dicomstandard.quotable.answer.Backlog;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.report.MissReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab: a search box, the questions asked most this week that no reply answered, and the
 * replies due for review, published with views.publish when someone opens it (and again, with the
 * answer, when they search).
 */
final class SlackHome {
    static final String SEARCH = "home_search";
    static final int REVIEW_DAYS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(SlackHome.class);

    private final SlackAnswers answers;
    private final Backlog backlog;

    SlackHome(SlackAnswers answers, Backlog backlog) {
        this.answers = answers;
        this.backlog = backlog;
    }

    void register(App app, SlackBot bot) {
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            AppHomeOpenedEvent e = req.getEvent();
            if ("home".equals(e.getTab())) bot.inBackground("App Home", () -> publish(ctx.client(), e.getUser(), null));
            return ctx.ack();
        });
        app.blockAction(SEARCH, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var actions = req.getPayload().getActions();
            String q = actions == null || actions.isEmpty() ? "" : actions.get(0).getValue();
            bot.inBackground("an App Home search", () -> publish(ctx.client(), user, q));
            return ctx.ack();
        });
    }

    void publish(MethodsClient client, String user, String query) {
        View view = View.builder().type("home").blocks(blocks(query)).build();
        try {
            var r = client.viewsPublish(p -> p.userId(user).view(view));
            if (!r.isOk()) LOG.warn("Slack: views.publish was refused: {}", r.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: views.publish failed: {}", e.toString());
        }
    }

    List<LayoutBlock> blocks(String query) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(InputBlock.builder().dispatchAction(true).label(PlainTextObject.builder().text("Find an approved reply").build())
                .element(PlainTextInputElement.builder().actionId(SEARCH).maxLength(1000)
                        .placeholder(PlainTextObject.builder().text("why doesn't dicom include security for journalists").build()).build())
                .build());
        if (query != null && !query.isBlank()) {
            Answer a = answers.answering().ask(answers.answering().parse(query, null), SlackAnswers.CHANNEL, 0);
            blocks.addAll(ReplyBlocks.found(List.of(a)));
        }
        blocks.addAll(ReplyBlocks.text(mostAsked()));
        blocks.addAll(ReplyBlocks.text(due(backlog.due(REVIEW_DAYS))));
        return blocks;
    }

    private String mostAsked() {
        StringBuilder out = new StringBuilder("*Asked most this week, with no approved reply yet*");
        try {
            List<MissReport.Group> groups = backlog.mostAsked(Duration.ofDays(7), 5);
            if (groups.isEmpty()) out.append("\nNone: every question this week found a reply.");
            for (MissReport.Group g : groups) {
                out.append("\n• ").append(SlackText.escape(ReplyBlocks.clip(g.question(), 200))).append(" (").append(g.count()).append("×)");
            }
        } catch (IOException e) {
            LOG.warn("Slack: App Home cannot read the unanswered questions: {}", e.toString());
            out.append("\nCannot be read just now.");
        }
        return out.toString();
    }

    private static String due(DueReviews due) {
        StringBuilder out = new StringBuilder("*Due for review by ").append(due.until()).append("*");
        if (due.isEmpty()) out.append("\nNothing is due.");
        due.groups().stream().flatMap(g -> g.replies().stream()).limit(10).forEach(i -> out.append("\n").append(DueText.line(i)));
        if (due.replies() > 10) out.append("\n… and ").append(due.replies() - 10).append(" more (`due` on the command line).");
        return out.toString();
    }
}
