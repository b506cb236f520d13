package org.dicomstandard.quotable.slack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.events.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly digest: off by default; when on, the report of the past week goes to the Slack channel. */
class WeeklyDigestTest {
    @TempDir
    Path root;
    @TempDir
    Path data;

    /** Stands in for Slack: keeps what would have been posted. */
    @Singleton
    @Requires(property = "test.digest-sink", value = "true")
    static final class Posted implements WeeklyDigest.Poster {
        final List<String> messages = new ArrayList<>();

        @Override
        public void post(String channel, String mrkdwn, String what) {
            messages.add(channel + "\n" + mrkdwn);
        }
    }

    Map<String, Object> props(boolean enabled) {
        return Map.of("quotable.library", Fixtures.layer(root, "library/valid").toString(), "quotable.data", data.toString(),
                "quotable.watch", "false", "quotable.digest.enabled", Boolean.toString(enabled), "quotable.digest.channel", "#wg14-comms",
                "quotable.digest.day", "TUESDAY", "quotable.digest.since", "14d", "test.digest-sink", "true");
    }

    @Test
    void the_digest_is_off_by_default() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("quotable.library", Fixtures.layer(root, "library/valid").toString(),
                "quotable.data", data.toString(), "quotable.watch", "false"))) {
            assertThat(ctx.containsBean(WeeklyDigest.class)).isFalse();
        }
    }

    @Test
    void the_digest_posts_the_report_of_the_period_to_the_channel() throws Exception {
        try (ApplicationContext ctx = ApplicationContext.run(props(true))) {
            DigestConfiguration config = ctx.getBean(DigestConfiguration.class);
            assertThat(config.day()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(config.since()).isEqualTo(Duration.ofDays(14));
            ctx.getBean(Events.class).asked("slack", "@channel <b>who</b> is the press contact", null, "en", null, 0.1, false);
            String text = ctx.getBean(WeeklyDigest.class).postNow();
            assertThat(ctx.getBean(Posted.class).messages).containsExactly("#wg14-comms\n" + text);
            assertThat(text).startsWith("*Quotable report, ").contains("*Unanswered questions, grouped*", "&lt;b&gt;who&lt;/b&gt; is the press contact")
                    .doesNotContain("@channel", "<b>");
        }
    }
}
