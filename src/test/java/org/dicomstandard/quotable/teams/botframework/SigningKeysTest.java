package org.dicomstandard.quotable.teams.botframework;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Bot Framework's keys: read once, kept a day, read again for a new key id at most once a minute. */
class SigningKeysTest {
    private final FakeBotFramework microsoft = new FakeBotFramework();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final SigningKeys keys = new SigningKeys(URI.create(microsoft.metadataUrl()), HttpClient.newHttpClient(), clock, Duration.ofMinutes(1));
    private static final BotSigner FIRST = BotSigner.generate("key-a", "msteams");
    private static final BotSigner ROLLED = BotSigner.generate("key-b");

    @AfterEach
    void stop() {
        microsoft.close();
    }

    @Test
    void keys_are_read_once_and_kept_with_their_endorsements() throws Exception {
        microsoft.publish(List.of(FIRST.publicJwk(), ROLLED.publicJwk()));
        for (int i = 0; i < 5; i++) assertThat(keys.find("key-a")).isNotNull();
        assertThat(keys.find("key-a").endorsements()).containsExactly("msteams");
        assertThat(keys.find("key-b").endorsements()).as("no endorsements published").isEmpty();
        assertThat(microsoft.metadataReads).hasValue(1);
        clock.advance(Duration.ofHours(25));
        keys.find("key-a");
        assertThat(microsoft.metadataReads).as("read again after a day").hasValue(2);
    }

    @Test
    void a_new_key_id_is_looked_up_at_most_once_a_minute() throws Exception {
        microsoft.publish(List.of(FIRST.publicJwk()));
        assertThat(keys.find("key-a")).isNotNull();
        microsoft.publish(List.of(FIRST.publicJwk(), ROLLED.publicJwk()));
        assertThat(keys.find("key-b")).as("the keys were read under a minute ago").isNull();
        assertThat(keys.find("forged-1")).isNull();
        assertThat(microsoft.metadataReads).hasValue(1);
        clock.advance(Duration.ofSeconds(61));
        assertThat(keys.find("key-b")).as("Microsoft rolled its keys").isNotNull();
        assertThat(keys.find("forged-2")).isNull();
        assertThat(microsoft.metadataReads).hasValue(2);
    }

    @Test
    void an_unreachable_metadata_endpoint_keeps_the_known_keys_or_makes_the_keys_unavailable() throws Exception {
        microsoft.publish(List.of(FIRST.publicJwk()));
        assertThat(keys.find("key-a")).isNotNull();
        microsoft.close();
        clock.advance(Duration.ofHours(25));
        assertThat(keys.find("key-a")).as("a passing outage refuses nobody").isNotNull();

        SigningKeys never = new SigningKeys(URI.create(microsoft.metadataUrl()), HttpClient.newHttpClient(), clock, Duration.ofMinutes(1));
        assertThatThrownBy(() -> never.find("key-a")).isInstanceOf(SigningKeys.Unavailable.class);
    }
}
