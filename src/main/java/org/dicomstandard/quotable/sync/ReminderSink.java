package org.dicomstandard.quotable.sync;

/**
 * Where the weekly review reminder goes. The Slack module implements it as a bean (posting with
 * {@code chat.postMessage}); without such a bean, reminders stay off and the log says so.
 */
public interface ReminderSink {
    /** Posts {@code text} (Slack mrkdwn) to {@code channel}, a channel id or #name. */
    void post(String channel, String text);
}
