package org.dicomstandard.quotable.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The weekly review reminder ({@code QUOTABLE_REMINDERS_ENABLED}, {@code QUOTABLE_REMINDERS_CHANNEL},
 * {@code QUOTABLE_REMINDERS_DAY}, …). Off by default; with several replicas, turn it on for one.
 *
 * @param enabled whether to post the list of replies due for review every week
 * @param channel the Slack channel to post to
 * @param day     the day of the week to post on
 * @param time    the time of day to post at, in {@code zone}
 * @param zone    the time zone of {@code time}
 * @param within  how far ahead a review date counts as due
 */
@ConfigurationProperties("quotable.reminders")
public record ReminderConfiguration(
        @Bindable(defaultValue = "false") boolean enabled,
        @Nullable String channel,
        @Bindable(defaultValue = "MONDAY") DayOfWeek day,
        @Bindable(defaultValue = "09:00") LocalTime time,
        @Bindable(defaultValue = "UTC") ZoneId zone,
        @Bindable(defaultValue = "30d") Duration within) {
}
