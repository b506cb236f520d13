package org.dicomstandard.quotable.events;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The variables the service and the commands share, read the same way, credentials kept out of sight. */
class EventSettingsTest {
    static EventSettings env(Map<String, String> vars) {
        return EventSettings.fromEnvironment(vars::get);
    }

    @Test
    void without_a_url_the_events_go_to_an_embedded_file_in_the_data_folder() {
        EventSettings s = env(Map.of("QUOTABLE_DATA", "/srv/quotable/data"));
        assertThat(s.embedded()).isTrue();
        assertThat(s.url()).startsWith("jdbc:h2:file:/srv/quotable/data/events;");
        assertThat(s.describe()).isEqualTo("embedded H2 database /srv/quotable/data/events.mv.db");
        assertThat(s.retention()).isEqualTo(Duration.ofDays(365));
        assertThat(env(Map.of()).data()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void retention_takes_the_usual_forms_and_zero_keeps_events_forever() {
        for (var c : Map.of("0", Duration.ZERO, "30s", Duration.ofSeconds(30), "5m", Duration.ofMinutes(5), "12h", Duration.ofHours(12),
                "365d", Duration.ofDays(365), "2w", Duration.ofDays(14), "P2W", Duration.ofDays(14), "PT36H", Duration.ofHours(36)).entrySet()) {
            assertThat(env(Map.of("QUOTABLE_RETENTION", c.getKey())).retention()).as(c.getKey()).isEqualTo(c.getValue());
        }
        for (String bad : new String[]{"a year", "P1Y", "-5d", "PT-5M", "5 days"}) {
            assertThatThrownBy(() -> env(Map.of("QUOTABLE_RETENTION", bad))).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("QUOTABLE_RETENTION");
        }
    }

    @Test
    void credentials_in_the_url_are_taken_out_and_the_variables_win() {
        EventSettings s = env(Map.of("QUOTABLE_DB_URL", "jdbc:postgresql://db.example.org:5432/quotable?user=q&password=p%26ss&sslmode=require"));
        assertThat(s.url()).isEqualTo("jdbc:postgresql://db.example.org:5432/quotable?sslmode=require");
        assertThat(s.user()).isEqualTo("q");
        assertThat(s.password()).isEqualTo("p&ss");
        assertThat(s.describe()).isEqualTo("PostgreSQL at db.example.org:5432/quotable");
        assertThat(s.toString()).doesNotContain("p&ss", "p%26ss").contains("password=(set)");
        EventSettings v = env(Map.of("QUOTABLE_DB_URL", "jdbc:postgresql://db/quotable?password=old", "QUOTABLE_DB_USER", "svc",
                "QUOTABLE_DB_PASSWORD", "new"));
        assertThat(v.user()).isEqualTo("svc");
        assertThat(v.password()).isEqualTo("new");
        EventSettings h2 = env(Map.of("QUOTABLE_DB_URL", "jdbc:h2:tcp://localhost/~/events;USER=sa;PASSWORD=secret;MODE=PostgreSQL"));
        assertThat(h2.url()).isEqualTo("jdbc:h2:tcp://localhost/~/events;MODE=PostgreSQL");
        assertThat(h2.password()).isEqualTo("secret");
        assertThat(h2.embedded()).isFalse();
    }

    @Test
    void a_url_for_another_database_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> env(Map.of("QUOTABLE_DB_URL", "jdbc:mysql://db/q?password=s3cret")))
                .hasMessageContaining("jdbc:postgresql:").hasMessageNotContaining("s3cret");
    }
}
