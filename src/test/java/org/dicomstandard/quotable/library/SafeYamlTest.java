package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SafeYamlTest {
    private static final String REPLY = "snippets/why-dicom-security/journalists.yaml";

    @TempDir
    Path root;

    private Validation validateWith(byte[] reply) throws IOException {
        Fixtures.layer(root, "library/valid");
        Files.write(root.resolve(REPLY), reply);
        return new LibraryValidator(Fixtures.TODAY).validate(root);
    }

    private byte[] validReply() throws IOException {
        return Files.readAllBytes(Fixtures.resource("library/valid/" + REPLY));
    }

    @Test
    void a_file_over_64_kb_is_refused_unread() throws IOException {
        String padding = "# padding\n".repeat(7000);
        Validation v = validateWith((new String(validReply(), StandardCharsets.UTF_8) + padding).getBytes(StandardCharsets.UTF_8));
        assertThat(v.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
            assertThat(p.message()).contains("64 KB");
        });
    }

    @Test
    void text_that_is_not_utf8_is_reported_with_its_line() throws IOException {
        byte[] latin1 = new String(validReply(), StandardCharsets.UTF_8)
                .replace("Vendors ship it.", "Vendors ship it. Ärzte")
                .getBytes(StandardCharsets.ISO_8859_1);
        Validation v = validateWith(latin1);
        assertThat(v.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.FILE_ENCODING);
            assertThat(p.line()).isEqualTo(16);
        });
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted() throws IOException {
        byte[] reply = validReply();
        byte[] withBom = new byte[reply.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(reply, 0, withBom, 3, reply.length);
        assertThat(validateWith(withBom).problems()).isEmpty();
    }

    @Test
    @Timeout(5)
    void an_alias_bomb_is_refused_before_it_expands() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++, prev++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(9)).append("*").append(prev).append("]\n");
        }
        Validation v = validateWith(bomb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(v.errors()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.YAML_ALIAS));
    }

    @Test
    void an_unknown_field_names_its_line_and_the_likely_intended_field() throws IOException {
        String typo = new String(validReply(), StandardCharsets.UTF_8).replace("review_by:", "reveiw_by:");
        Validation v = validateWith(typo.getBytes(StandardCharsets.UTF_8));
        assertThat(v.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.SCHEMA_UNKNOWN_FIELD);
            assertThat(p.line()).isEqualTo(23);
            assertThat(p.message()).contains("'reveiw_by'", "did you mean 'review_by'?");
        });
    }

    @Test
    void a_rule_points_at_the_line_of_the_field_to_fix() throws IOException {
        String bad = new String(validReply(), StandardCharsets.UTF_8).replace("[alice-wg14]", "[mallory]");
        Validation v = validateWith(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(v.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.APPROVAL_REVIEWER);
            assertThat(p.toText()).startsWith(REPLY + ":21: approval-reviewer: 'mallory' is not a reviewer");
        });
    }

    @Test
    void a_duplicate_key_is_not_silently_overwritten() throws IOException {
        String dup = new String(validReply(), StandardCharsets.UTF_8) + "title: A second title\n";
        Validation v = validateWith(dup.getBytes(StandardCharsets.UTF_8));
        assertThat(v.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_DUPLICATE_KEY);
            assertThat(p.line()).isEqualTo(24);
        });
    }

    @Test
    void the_edit_distance_counts_a_swap_as_one_typo() {
        assertThat(org.dicomstandard.quotable.text.Typos.distance("reveiw_by", "review_by")).isEqualTo(1);
        assertThat(org.dicomstandard.quotable.text.Typos.distance("title", "title")).isZero();
        assertThat(org.dicomstandard.quotable.text.Typos.distance("", "abc")).isEqualTo(3);
    }
}
