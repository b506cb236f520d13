package org.dicomstandard.quotable.slack;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With the signing secret but no bot token: the slash command and its buttons work, events are not answered. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackWithoutBotTokenTest implements TestPropertyProvider {
    final FakeSlack slack = new FakeSlack();
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path root = Files.createTempDirectory("quotable-slack-nt");
            Fixtures.layer(root, "library/valid");
            return Map.of("quotable.library", root.toString(), "quotable.data", Files.createTempDirectory("d").toString(),
                    "quotable.watch", "false", "slack.signing-secret", SlackBotTest.SECRET, "slack.api-url", slack.url() + "/api/");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    @Test
    void the_slash_command_and_its_buttons_need_no_bot_token() throws Exception {
        SlackRequests requests = new SlackRequests(server.getURL().toString(), SlackBotTest.SECRET);
        var answer = requests.command("Does DICOM support encryption?", slack.url() + "/respond/nt1");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"type\":\"header\"");
        requests.action(SlackRequests.blockAction("post_to_channel", "why-dicom-security--journalists", slack.url() + "/respond/nt2"));
        assertThat(slack.await("/respond/nt2").body()).contains("in_channel");
    }

    @Test
    void drafting_says_it_needs_the_bot_token_for_its_form() throws Exception {
        SlackRequests requests = new SlackRequests(server.getURL().toString(), SlackBotTest.SECRET);
        assertThat(requests.command("entwurf Ist DICOM sicher?", slack.url() + "/respond/nt3").body())
                .contains("SLACK_BOT_TOKEN (to open the form)", "QUOTABLE_GITHUB_TOKEN");
    }

    @Test
    void mentions_are_acknowledged_but_not_answered_without_a_bot_token() throws Exception {
        SlackRequests requests = new SlackRequests(server.getURL().toString(), SlackBotTest.SECRET);
        var r = requests.event(SlackRequests.eventCallback("{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> dicom\","
                + "\"ts\":\"1.3\",\"channel\":\"C1\",\"event_ts\":\"1.3\"}"));
        assertThat(r.statusCode()).isLessThan(500);
        Thread.sleep(300);
        assertThat(slack.calls).noneMatch(c -> c.path().endsWith("/chat.postMessage"));
    }
}
