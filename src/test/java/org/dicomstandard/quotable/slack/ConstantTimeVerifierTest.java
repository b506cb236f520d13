package org.dicomstandard.quotable.slack;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConstantTimeVerifierTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    @Test
    void a_signature_made_with_the_secret_is_accepted_and_anything_else_refused() {
        long now = 1_700_000_000_000L;
        String ts = Long.toString(now / 1000);
        String body = "command=%2Fwg14&text=help";
        String good = new SlackSignature.Generator(SECRET).generate(ts, body);
        ConstantTimeVerifier v = new ConstantTimeVerifier(SECRET);
        assertThat(v.isValid(ts, body, good, now)).isTrue();
        assertThat(v.isValid(ts, body + "x", good, now)).isFalse();
        assertThat(v.isValid(ts, body, good.substring(0, good.length() - 1) + "0", now)).isFalse();
        assertThat(v.isValid(ts, body, null, now)).isFalse();
        assertThat(v.isValid("soon", body, good, now)).isFalse();
        assertThat(v.isValid(ts, body, good, now + 5 * 60 * 1000 + 1)).as("older than five minutes").isFalse();
        assertThat(v.isValid(ts, body, good, now - 5 * 60 * 1000 - 1)).as("from the future").isFalse();
    }
}
