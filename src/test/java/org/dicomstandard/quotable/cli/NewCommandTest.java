package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--root";
        all[args.length + 2] = root.toString();
        return Cli.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writes_a_draft_that_validates_in_the_shipped_library() throws IOException {
        Fixtures.copyTree(Fixtures.shippedLibrary().resolve("snippets"), root.resolve("snippets"));
        Files.copy(Fixtures.shippedLibrary().resolve("audiences.yaml"), root.resolve("audiences.yaml"));
        Path target = root.resolve("snippets/tls-adoption/cisos.fr.yaml");
        Files.deleteIfExists(target);

        assertThat(run("tls-adoption", "cisos", "--lang", "fr")).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(Files.readString(target)).contains("id: tls-adoption--cisos--fr", "status: draft", "language: fr");
        Validation v = new LibraryValidator().validate(root);
        assertThat(v.problems()).filteredOn(p -> p.path().endsWith("cisos.fr.yaml")).isEmpty();
        assertThat(v.library().file("tls-adoption--cisos--fr")).get().satisfies(f -> assertThat(f.snippet().isApproved()).isFalse());
    }

    @Test
    void never_overwrites_and_refuses_unknown_topics_audiences_and_languages() throws IOException {
        Fixtures.layer(root, "library/valid");
        Path existing = root.resolve("snippets/why-dicom-security/journalists.yaml");
        String before = Files.readString(existing);
        assertThat(run("why-dicom-security", "journalists")).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo(before);
        assertThat(run("no-such-topic", "journalists")).isEqualTo(2);
        assertThat(run("why-dicom-security", "pirates")).isEqualTo(2);
        assertThat(run("why-dicom-security", "vendors", "--lang", "not a tag")).isEqualTo(1);
        assertThat(run("why-dicom-security")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already", "topic 'no-such-topic' is not in audiences.yaml",
                "audience 'pirates'", "schema-language", "would not validate", "usage: new TOPIC AUDIENCE");
        assertThat(root.resolve("snippets/why-dicom-security")).isDirectoryNotContaining("glob:**vendors*");
    }
}
