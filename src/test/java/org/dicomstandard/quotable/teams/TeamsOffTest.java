package org.dicomstandard.quotable.teams;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without TEAMS_WEBHOOK_SECRET, Teams is off and the log says so without the secret; what the
 * switched-off endpoint answers is {@code SwitchedOffChannelsTest}'s.
 */
class TeamsOffTest {
    private static final TeamsSigner TEAMS = TeamsFixture.TEAMS;

    @Test
    void the_log_says_whether_teams_is_on_and_never_prints_the_secret() {
        List<String> off = logOf(new TeamsConfiguration(null));
        List<String> blank = logOf(new TeamsConfiguration("  "));
        List<String> notBase64 = logOf(new TeamsConfiguration("not base64 at all!"));
        List<String> on = logOf(new TeamsConfiguration(TEAMS.secret()));
        assertThat(off).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not set");
        assertThat(blank).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not set");
        assertThat(notBase64).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not the base64")
                .doesNotContain("not base64 at all");
        assertThat(on).singleElement().asString().startsWith("Teams is on").doesNotContain(TEAMS.secret());
        assertThat(new TeamsConfiguration(TEAMS.secret()).toString()).doesNotContain(TEAMS.secret()).contains("(set)");
    }

    private static List<String> logOf(TeamsConfiguration config) {
        Logger logger = (Logger) LoggerFactory.getLogger(TeamsWebhook.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new TeamsWebhook(config, new SimpleMeterRegistry());
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
