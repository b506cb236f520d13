package org.dicomstandard.quotable.sync;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitConfigurationTest {

    @Test
    void github_webhook_secret_is_read_and_never_printed() {
        // GITHUB_WEBHOOK_SECRET in the environment is the property github.webhook-secret.
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("github.webhook-secret", "s3cret-value",
                "quotable.git.token", "ghp_tokenvalue", "quotable.git.fetch-interval", "90s", "quotable.watch", "false",
                "quotable.library", "src/test/resources/library/valid"))) {
            GitConfiguration git = ctx.getBean(GitConfiguration.class);
            assertThat(git.webhookSecret()).isEqualTo("s3cret-value");
            assertThat(git.branch()).isEqualTo("main");
            assertThat(git.fetchEvery()).isEqualTo(Duration.ofSeconds(90));
            assertThat(git.enabled()).isFalse();
            assertThat(ctx.containsBean(GitSync.class)).isFalse();
            assertThat(git.toString()).doesNotContain("s3cret-value", "ghp_tokenvalue").contains("webhookSecret=(set)");
        }
    }

    @Test
    void defaults_are_the_main_branch_and_a_five_minute_fetch() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("quotable.watch", "false", "quotable.library", "src/test/resources/library/valid"))) {
            GitConfiguration git = ctx.getBean(GitConfiguration.class);
            assertThat(git.fetchEvery()).isEqualTo(Duration.ofMinutes(5));
            assertThat(git.hasWebhookSecret()).isFalse();
        }
    }

    @Test
    void credentials_in_a_remote_url_never_reach_logs_or_health() {
        GitConfiguration git = new GitConfiguration("https://wg14:ghp_abc@github.com/wg14/library.git", "main", "5m", null, null);
        assertThat(git.toString()).contains("https://github.com/wg14/library.git").doesNotContain("ghp_abc");
        assertThat(GitConfiguration.redact("cannot fetch https://x-access-token:ghp_abc@github.com/a.git: 401"))
                .isEqualTo("cannot fetch https://github.com/a.git: 401");
    }

    @Test
    void a_fetch_interval_of_0_turns_the_fetch_off_in_any_spelling() {
        for (String off : new String[]{"0", "0s", "0m", "PT0S"}) {
            assertThat(new GitConfiguration("https://example.org/r.git", "main", off, null, null).fetchEvery()).as(off).isZero();
        }
        assertThat(new GitConfiguration("https://example.org/r.git", "main", "30s", null, null).fetchEvery()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_fetch_interval_that_is_not_a_length_of_time_is_refused_with_the_accepted_forms() {
        GitConfiguration git = new GitConfiguration("https://example.org/r.git", "main", "often", null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(git::fetchEvery)
                .hasMessageContaining("QUOTABLE_GIT_FETCH_INTERVAL").hasMessageContaining("30s, 5m");
    }
}
