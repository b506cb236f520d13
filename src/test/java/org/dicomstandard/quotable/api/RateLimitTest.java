package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-client limit on the public API: a flood is refused with 429, token holders and the probe pass. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest extends ApiFixture {
    static final int LIMIT = 5;
    @Inject
    @Client("/")
    HttpClient http;
    BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("quotable.rate-limit", Integer.toString(LIMIT));
        p.put("quotable.trusted-proxies", "127.0.0.1, ::1");
        return p;
    }

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    private HttpRequest<?> from(String address) {
        return HttpRequest.GET("/api/v1/search?q=dicom+security").header("X-Forwarded-For", address);
    }

    @Test
    void a_client_over_the_limit_gets_429_problem_json_with_retry_after() {
        for (int i = 0; i < LIMIT; i++) assertThat(send(client, from("203.0.113.7")).status()).isEqualTo(200);
        Reply refused = send(client, from("203.0.113.7"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.json().get("detail").asText()).contains("at most " + LIMIT + " a minute");
        // another client is not affected
        assertThat(send(client, from("198.51.100.9")).status()).isEqualTo(200);
    }

    @Test
    void only_the_entry_added_by_a_trusted_proxy_counts_not_what_the_client_wrote() {
        for (int i = 0; i < LIMIT; i++) {
            // the client varies the left-most entry; the proxy appends the real address
            assertThat(send(client, from("10.9.9." + i + ", 192.0.2.44")).status()).isEqualTo(200);
        }
        assertThat(send(client, from("10.9.9.99, 192.0.2.44")).status()).isEqualTo(429);
    }

    @Test
    void token_holders_and_the_liveness_probe_are_not_limited() {
        for (int i = 0; i < LIMIT * 3; i++) {
            assertThat(send(client, HttpRequest.GET("/api/v1/search?q=dicom").bearerAuth(TOKEN).header("X-Forwarded-For", "192.0.2.50")).status())
                    .isEqualTo(200);
            assertThat(send(client, HttpRequest.GET("/api/v1/ping").header("X-Forwarded-For", "192.0.2.50")).status()).isEqualTo(200);
        }
    }

    @Test
    void an_address_is_parsed_only_as_a_literal_never_looked_up() {
        assertThat(TrustedProxies.literal("example.org")).isNull();
        assertThat(TrustedProxies.literal("192.0.2.1")).isNotNull();
        TrustedProxies proxies = TrustedProxies.parse("192.168.0.0/16");
        assertThat(proxies.client(TrustedProxies.literal("192.168.4.4"), "evil.example, 192.0.2.8")).isEqualTo("192.0.2.8");
        assertThat(proxies.client(TrustedProxies.literal("203.0.113.1"), "192.0.2.8")).isEqualTo("203.0.113.1");
    }
}
