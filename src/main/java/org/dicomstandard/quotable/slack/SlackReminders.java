package org.dicomstandard.quotable.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.sync.ReminderSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/** Posts the weekly review reminder and the weekly report digest to a Slack channel with the bot token. */
@Singleton
@Requires(property = "slack.bot-token")
final class SlackReminders implements ReminderSink, WeeklyDigest.Poster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackReminders.class);
    private final Slack slack;
    private final String token;

    SlackReminders(SlackConfiguration config) {
        this.slack = config.client();
        this.token = config.botToken();
    }

    @Override
    public void post(String channel, DueReviews due) {
        post(channel, DueText.reminder(due), "the review reminder");
    }

    @Override
    public void post(String channel, String mrkdwn, String what) {
        try {
            ChatPostMessageResponse r = slack.methods(token).chatPostMessage(m -> m.channel(channel).text(mrkdwn).mrkdwn(true));
            if (!r.isOk()) LOG.warn("Slack: {} was refused: {}", what, r.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack: {} could not be posted: {}", what, e.toString());
        }
    }
}
