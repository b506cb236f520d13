package org.dicomstandard.quotable.teams;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.events.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outgoing webhook end to end: only requests signed with the team's security token are
 * answered; the question is the message without the mention and markup; the answer is a card,
 * help, or the closest titles with the miss logged.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsWebhookTest extends TeamsFixture {
    static final String QUESTION = "<at>Quotable</at> why doesn&#39;t DICOM include security?";

    @Inject
    EmbeddedServer server;
    @Inject
    AnswerService answers;
    URI base;

    @BeforeEach
    void base() {
        base = server.getURI();
    }

    @Test
    void a_message_signed_with_the_security_token_is_answered_with_a_card() {
        Reply r = ask(base, QUESTION);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode activity = r.json();
        assertThat(activity.path("type").asText()).isEqualTo("message");
        assertThat(activity.path("attachments").path(0).path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = r.card();
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.4");
        assertThat(card.path("body").path(0).path("text").asText()).isEqualTo("Why doesn't DICOM include security?");
        assertThat(card.path("actions").path(0).path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(card.path("actions").path(0).path("url").asText()).isEqualTo("https://quotable.example.org/faq#why-dicom-security--journalists");
    }

    @Test
    void a_wrong_signature_is_refused_with_401_and_nothing_else() {
        byte[] body = TeamsSigner.activity(QUESTION).getBytes(StandardCharsets.UTF_8);
        Reply otherTeam = post(base, body, TeamsSigner.random().authorization(body));
        Reply garbage = post(base, body, "HMAC bm90IGEgc2lnbmF0dXJl");
        Reply notBase64 = post(base, body, "HMAC %%%");
        Reply bearer = post(base, body, "Bearer " + TEAMS.authorization(body).substring(5));
        for (Reply r : List.of(otherTeam, garbage, notBase64, bearer)) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.header("WWW-Authenticate")).isEqualTo("HMAC");
            assertThat(r.body()).doesNotContain("AdaptiveCard").doesNotContain("DICOM").doesNotContain("HMAC ");
        }
    }

    @Test
    void a_message_without_a_signature_is_refused_with_401() {
        byte[] body = TeamsSigner.activity(QUESTION).getBytes(StandardCharsets.UTF_8);
        assertThat(post(base, body, null).status()).isEqualTo(401);
        assertThat(post(base, body, "HMAC ").status()).isEqualTo(401);
        assertThat(post(base, new byte[0], null).status()).isEqualTo(401);
    }

    @Test
    void a_body_changed_after_signing_is_refused_with_401() {
        byte[] body = TeamsSigner.activity(QUESTION).getBytes(StandardCharsets.UTF_8);
        String signature = TEAMS.authorization(body);
        byte[] changed = TeamsSigner.activity(QUESTION + " for researchers").getBytes(StandardCharsets.UTF_8);
        byte[] oneByte = body.clone();
        oneByte[oneByte.length - 2] ^= 1;
        byte[] longer = Arrays.copyOf(body, body.length + 1);
        longer[body.length] = ' ';
        assertThat(post(base, changed, signature).status()).isEqualTo(401);
        assertThat(post(base, oneByte, signature).status()).isEqualTo(401);
        assertThat(post(base, longer, signature).status()).isEqualTo(401);
        assertThat(post(base, body, signature).status()).isEqualTo(200);
    }

    @Test
    void the_signature_covers_the_exact_bytes_as_sent() {
        // Odd spacing, escaped and raw non-ASCII text: re-serialising the JSON would change the bytes.
        String json = "{ \"type\" : \"message\",\n  \"text\":\"<at>Quotable</at> Warum hat DICOM keine Sicherheit\\u003F \\u00fc\","
                + "\"from\":{\"name\":\"Jürgen\"} }";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Reply r = post(base, body, TEAMS.authorization(body));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("type").asText()).isEqualTo("message");
    }

    @Test
    void a_lower_case_scheme_and_a_signature_with_surrounding_space_are_accepted() {
        byte[] body = TeamsSigner.activity(QUESTION).getBytes(StandardCharsets.UTF_8);
        String signature = TEAMS.authorization(body).substring(5);
        assertThat(post(base, body, "hmac " + signature).status()).isEqualTo(200);
        assertThat(post(base, body, "HMAC  " + signature + " ").status()).isEqualTo(200);
    }

    @Test
    void the_mention_and_markup_are_not_part_of_the_question() {
        Reply plain = ask(base, "why doesn't DICOM include security?");
        Reply marked = ask(base, "<p><at>Quotable</at>&nbsp;why <b>doesn&#39;t</b> DICOM include security?</p>\n");
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.card().path("body").path(0).path("text").asText()).isEqualTo("Why doesn't DICOM include security?");
        assertThat(marked.body()).isEqualTo(plain.body());
    }

    @Test
    void an_audience_named_at_the_end_gets_its_reply_internal_ones_without_a_faq_link() {
        JsonNode card = ask(base, "<at>Quotable</at> why doesn't DICOM include security for researchers").card();
        assertThat(card.path("body").path(0).path("text").asText()).isEqualTo("Internal note for researchers on DICOM security");
        assertThat(facts(card)).contains("Audience: Researchers", "Visibility: Internal: not for publication");
        assertThat(card.has("actions")).isFalse();
        assertThat(card.toString()).doesNotContain("Action.OpenUrl").doesNotContain("/faq#");
    }

    @Test
    void an_overdue_reply_is_sent_with_a_warning() {
        JsonNode card = ask(base, "<at>Quotable</at> why do so few scanners use TLS").card();
        assertThat(card.path("body").path(0).path("text").asText()).isEqualTo("Why do so few scanners use TLS?");
        assertThat(card.path("body").path(1).path("color").asText()).isEqualTo("Attention");
        assertThat(card.path("body").path(1).path("text").asText()).contains("Review overdue").contains("2026-01-10");
        assertThat(facts(card)).contains("Review by: 2026-01-10 ⚠ overdue");
    }

    @Test
    void drafts_retired_and_embargoed_replies_are_never_sent() {
        for (String q : List.of("is dicom to blame for the embargoed leak story", "how do hospitals keep ransomware off imaging systems",
                "is dicom kept up to date for the general public")) {
            Reply r = ask(base, "<at>Quotable</at> " + q);
            assertThat(r.status()).isEqualTo(200);
            String answer = r.json().path("text").asText() + r.card();
            assertThat(answer).doesNotContain("Is DICOM to blame for the embargoed leak story?")
                    .doesNotContain("How do hospitals keep ransomware off imaging systems?")
                    .doesNotContain("Is DICOM kept up to date?").doesNotContain("sites must switch them on");
        }
    }

    @Test
    void help_explains_how_to_ask() {
        for (String text : List.of("<at>Quotable</at> help", "<at>Quotable</at>", "<at>Quotable</at> Help?")) {
            Reply r = ask(base, text);
            assertThat(r.status()).isEqualTo(200);
            String help = r.json().path("text").asText();
            assertThat(help).contains("@Quotable why doesn't DICOM include security").contains("for journalists")
                    .contains("pacs-admins").contains("Internal replies");
        }
    }

    @Test
    void a_question_without_a_confident_answer_gets_the_closest_titles_and_is_logged() throws Exception {
        Instant before = answers.clock().instant();
        Reply r = ask(base, "<at>Quotable</at> zzyzx quorbly DICOM");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().has("attachments")).isFalse();
        String text = r.json().path("text").asText();
        assertThat(text).startsWith("No approved reply answers “zzyzx quorbly DICOM”").contains("Closest replies:")
                .contains("Why doesn't DICOM include security?");
        assertThat(Recorded.questions(answers.events(), before, true))
                .anyMatch(m -> m.question().equals("zzyzx quorbly DICOM") && m.channel().equals("teams"));
    }

    @Test
    void nothing_the_user_typed_comes_back_as_markup_or_a_mention() {
        // Teams sends typed angle brackets as entities; decoded, they must not become tags in the answer.
        Reply r = ask(base, "<at>Quotable</at> &lt;at&gt;everyone&lt;/at&gt; &lt;b&gt;zzyzx&lt;/b&gt; @everyone");
        String text = r.json().path("text").asText();
        assertThat(text).contains("&lt;at&gt;everyone&lt;/at&gt;").doesNotContain("<at>").doesNotContain("<b>");
    }

    @Test
    void a_signed_body_that_is_not_a_message_is_a_bad_request() {
        byte[] body = "not json".getBytes(StandardCharsets.UTF_8);
        Reply r = post(base, body, TEAMS.authorization(body));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_1_MB_body_is_refused_before_it_is_read_whole() throws Exception {
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) 'a');
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /teams/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + megabyte.length + "\r\nAuthorization: " + TEAMS.authorization(megabyte) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(megabyte, 0, 16 * 1024);
            out.flush();
            // Only 16 KB of the 1 MB were sent: an answer now means the server never waited for the rest.
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void a_1_MB_body_without_a_length_is_refused_once_it_passes_the_limit() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /teams/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nAuthorization: HMAC AAAA\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // 320 KB of a 1 MB body, no final chunk: past the 256 KB limit, short of the end.
            for (int i = 0; i < 5; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    private static List<String> facts(JsonNode card) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            if (element.path("type").asText().equals("FactSet")) {
                for (JsonNode f : element.path("facts")) out.add(f.path("title").asText() + ": " + f.path("value").asText());
            }
        }
        return out;
    }
}
