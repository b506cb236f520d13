package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.library.DueReviews;

/**
 * Where the weekly review reminder goes. The Slack module implements it as a bean (posting with
 * {@code chat.postMessage}); without such a bean, reminders stay off and the log says so.
 */
public interface ReminderSink {
    /**
     * Posts the due list to {@code channel}, a channel id or #name, rendered in the channel's own format
     * (so the escaping stays with the channel that needs it).
     */
    void post(String channel, DueReviews due);
}
