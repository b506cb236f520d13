package org.dicomstandard.quotable.teams.botframework;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.http.HttpProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without TEAMS_APP_ID and TEAMS_APP_PASSWORD the endpoint is off and says so; the password is never printed. */
class BotFrameworkOffTest {
    private static final String DEFAULT = BotFrameworkConfiguration.DEFAULT_OPENID_METADATA;

    @Test
    void without_an_app_id_and_password_the_endpoint_is_off_and_the_log_says_so() {
        for (BotFrameworkConfiguration off : List.of(config(null, null, null), config("app", " ", null), config(" ", "pw", null))) {
            assertThat(logOf(off)).singleElement().asString().startsWith("Teams (Bot Framework) is off: TEAMS_APP_ID and TEAMS_APP_PASSWORD are not set");
            assertThatThrownBy(() -> bot(off).handle("Bearer x", new byte[0])).isInstanceOfSatisfying(HttpProblem.class,
                    p -> assertThat(p.status().getCode()).isEqualTo(404));
        }
    }

    @Test
    void the_log_and_the_configuration_never_print_the_password() {
        BotFrameworkConfiguration single = config("app-1", "pa55-w0rd", "contoso.onmicrosoft.com");
        assertThat(logOf(single)).singleElement().asString().startsWith("Teams (Bot Framework) is on").contains("app-1", "single-tenant")
                .doesNotContain("pa55-w0rd");
        assertThat(single.toString()).doesNotContain("pa55-w0rd").contains("(set)");
        for (String notUrl : List.of("not a url", "login.botframework.com/v1", "file:///etc/keys")) {
            assertThat(logOf(new BotFrameworkConfiguration("app-1", "pa55-w0rd", null, notUrl, null))).as(notUrl).singleElement().asString()
                    .startsWith("Teams (Bot Framework) is off: TEAMS_OPENID_METADATA or TEAMS_TOKEN_URL is not a URL").doesNotContain("pa55-w0rd");
        }
    }

    @Test
    void replies_are_authorised_by_the_tenant_of_a_single_tenant_bot() {
        assertThat(config("a", "p", null).tokenEndpoint()).hasToString("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
        assertThat(config("a", "p", "72f988bf-86f1-41af-91ab-2d7cd011db47").tokenEndpoint())
                .hasToString("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token");
        assertThat(new BotFrameworkConfiguration("a", "p", "t", DEFAULT, "https://login.microsoftonline.us/t/oauth2/v2.0/token").tokenEndpoint())
                .hasToString("https://login.microsoftonline.us/t/oauth2/v2.0/token");
    }

    private static BotFrameworkConfiguration config(String id, String password, String tenant) {
        return new BotFrameworkConfiguration(id, password, tenant, DEFAULT, null);
    }

    private static BotFramework bot(BotFrameworkConfiguration config) {
        return new BotFramework(config, null, null, Fixtures.TODAY, new SimpleMeterRegistry(), null);
    }

    private static List<String> logOf(BotFrameworkConfiguration config) {
        try (CapturedLog log = new CapturedLog(BotFramework.class.getName(), Level.INFO)) {
            bot(config);
            return log.lines(Level.INFO).isEmpty() ? log.lines(Level.ERROR) : log.lines(Level.INFO);
        }
    }
}
