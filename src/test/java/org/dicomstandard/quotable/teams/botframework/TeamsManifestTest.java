package org.dicomstandard.quotable.teams.botframework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * teams/manifest.json is an app Teams accepts (schema 1.17 or newer, its length limits, icons of the
 * required sizes) and matches the code: the bot and its message extension are the same app id, and the
 * search command's parameter is the one {@link ActivityHandler} reads.
 */
class TeamsManifestTest {
    private static final Path DIR = Path.of("teams");
    private static final String PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

    @Test
    void the_manifest_declares_the_bot_and_the_search_based_message_extension() throws IOException {
        JsonNode m = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile());
        String version = m.path("manifestVersion").asText();
        assertThat(Double.parseDouble(version)).isGreaterThanOrEqualTo(1.17);
        assertThat(m.path("$schema").asText()).endsWith("/v" + version + "/MicrosoftTeams.schema.json");
        assertThat(m.path("id").asText()).isEqualTo(PLACEHOLDER);
        assertThat(m.path("accentColor").asText()).matches("#[0-9A-Fa-f]{6}");
        assertThat(m.path("name").path("short").asText()).hasSizeBetween(1, 30);
        assertThat(m.path("name").path("full").asText()).hasSizeBetween(1, 100);
        assertThat(m.path("description").path("short").asText()).hasSizeBetween(1, 80);
        assertThat(m.path("description").path("full").asText()).hasSizeBetween(1, 4000);
        assertThat(m.path("developer").path("name").asText()).hasSizeBetween(1, 32);
        for (String url : new String[]{"websiteUrl", "privacyUrl", "termsOfUseUrl"}) {
            assertThat(m.path("developer").path(url).asText()).startsWith("https://quotable.example.org/");
        }

        JsonNode bot = m.path("bots").path(0);
        assertThat(bot.path("botId").asText()).isEqualTo(PLACEHOLDER);
        assertThat(new ObjectMapper().convertValue(bot.path("scopes"), String[].class)).containsExactlyInAnyOrder("personal", "team", "groupChat");
        for (JsonNode c : bot.path("commandLists").path(0).path("commands")) {
            assertThat(c.path("title").asText()).hasSizeBetween(1, 32);
            assertThat(c.path("description").asText()).hasSizeBetween(1, 128);
        }

        JsonNode extension = m.path("composeExtensions").path(0);
        assertThat(extension.path("botId").asText()).isEqualTo(PLACEHOLDER);
        JsonNode search = extension.path("commands").path(0);
        assertThat(search.path("type").asText()).isEqualTo("query");
        assertThat(search.path("initialRun").asBoolean()).as("an empty query lists replies at once").isTrue();
        assertThat(search.path("title").asText()).hasSizeBetween(1, 32);
        assertThat(search.path("description").asText()).hasSizeBetween(1, 128);
        JsonNode parameter = search.path("parameters").path(0);
        assertThat(parameter.path("name").asText()).isEqualTo(ActivityHandler.QUERY_PARAMETER);
        assertThat(parameter.path("title").asText()).hasSizeBetween(1, 32);
        assertThat(parameter.path("description").asText()).hasSizeBetween(1, 128);
    }

    @Test
    void the_icons_have_the_sizes_teams_requires_and_the_outline_is_white_on_transparent() throws IOException {
        BufferedImage color = ImageIO.read(DIR.resolve("color.png").toFile());
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        BufferedImage outline = ImageIO.read(DIR.resolve("outline.png").toFile());
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        int drawn = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) continue;
                drawn++;
                assertThat(argb & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(0xffffff);
            }
        }
        assertThat(drawn).as("the outline draws something").isGreaterThan(50).isLessThan(32 * 32 / 2);
        assertThat(Files.readString(DIR.resolve("manifest.json"))).contains("\"color\": \"color.png\"", "\"outline\": \"outline.png\"");
    }
}
