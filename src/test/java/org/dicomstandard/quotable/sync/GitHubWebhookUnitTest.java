package org.dicomstandard.quotable.sync;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook's decisions without HTTP or git: signature first, and off without a secret or a remote. */
class GitHubWebhookUnitTest {
    private static final byte[] BODY = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

    private static GitConfiguration config(String secret) {
        return new GitConfiguration("https://github.com/wg14/library.git", "main", "5m", secret, null);
    }

    private static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(GitHubWebhook.hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_the_raw_body() {
        GitHubWebhook hook = new GitHubWebhook(Optional.empty(), config("It's a Secret to Everybody"), JsonMapper.createDefault());
        // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!"
        byte[] hello = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        assertThat(hook.signed(hello, "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")).isTrue();
        assertThat(hook.signed(hello, "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18")).isFalse();
        assertThat(hook.signed(hello, "sha1=757107ea0eb2509fc211221cce984b8a37570b6d")).isFalse();
        assertThat(hook.signed(hello, "sha256=")).isFalse();
        assertThat(hook.signed(hello, "sha256=zz")).isFalse();
        assertThat(hook.signed(hello, null)).isFalse();
    }

    @Test
    void without_a_secret_or_without_git_sync_the_webhook_is_off() {
        GitHubWebhook noGit = new GitHubWebhook(Optional.empty(), config("s3cret"), JsonMapper.createDefault());
        assertThat(noGit.enabled()).isFalse();
        assertThat(noGit.receive("push", sign("s3cret", BODY), "d1", BODY).kind()).isEqualTo(GitHubWebhook.Outcome.OFF);

        GitHubWebhook noSecret = new GitHubWebhook(Optional.empty(), config(""), JsonMapper.createDefault());
        assertThat(noSecret.receive("push", sign("x", BODY), "d1", BODY).kind()).isEqualTo(GitHubWebhook.Outcome.OFF);
    }
}
