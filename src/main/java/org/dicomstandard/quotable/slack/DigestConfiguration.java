package org.dicomstandard.quotable.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The weekly report digest in Slack ({@code QUOTABLE_DIGEST_ENABLED}, {@code QUOTABLE_DIGEST_CHANNEL},
 * {@code QUOTABLE_DIGEST_DAY}, …). Off by default; with several replicas, turn it on for one.
 *
 * @param since how far back each digest looks
 */
@ConfigurationProperties("quotable.digest")
public record DigestConfiguration(
        @Bindable(defaultValue = "false") boolean enabled,
        @Nullable String channel,
        @Bindable(defaultValue = "MONDAY") DayOfWeek day,
        @Bindable(defaultValue = "09:00") LocalTime time,
        @Bindable(defaultValue = "UTC") ZoneId zone,
        @Bindable(defaultValue = "7d") Duration since) {
}
