package org.dicomstandard.quotable.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new reply before anyone approved it ({@code status: draft}): what {@code new} writes to start from
 * and what a writer proposes from chat. It is written as schema v1 YAML and checked by the library's
 * own validator before it goes anywhere.
 */
public record DraftReply(String topic, String audience, String language, String title, List<String> questions,
                         String summary, String body, List<Source> sources) {

    /** The validator's limits, for forms that check a draft as it is filled in (the validator stays the judge). */
    public static final int MAX_WORDS = ContentRules.MAX_WORDS;
    public static final int MIN_QUESTIONS = ContentRules.MIN_QUESTIONS;
    public static final int MAX_QUESTIONS = ContentRules.MAX_QUESTIONS;

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    public DraftReply {
        language = language == null || language.isBlank() ? "en" : language.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public ReplyPath path() {
        return new ReplyPath(topic, audience, language);
    }

    /** The reply file, keys in the schema's order; YAML quoting is left to the YAML library, so no text can break the file. */
    public String yaml() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", path().expectedId());
        m.put("topic", topic);
        m.put("audience", audience);
        m.put("language", language);
        m.put("status", "draft");
        m.put("visibility", "public");
        m.put("title", title);
        m.put("questions", questions);
        m.put("summary", summary);
        m.put("body", body == null || body.endsWith("\n") ? body : body + "\n");
        m.put("sources", sources.stream().map(s -> Map.of("title", s.title(), "url", s.url())).toList());
        try {
            return YAML.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a draft as YAML", e);
        }
    }

    /**
     * Every problem the validator finds with this draft in the library at {@code root}, checked on a
     * temporary copy (the matrix and the other replies), so nothing is written before it passes. An
     * existing reply at the same path is replaced in the copy, as an edit would replace it.
     */
    public List<Problem> check(Path root) {
        String path = path().expectedPath();
        Path copy = null;
        try {
            copy = Files.createTempDirectory("quotable-draft");
            Path matrix = root.resolve(LibraryValidator.MATRIX_FILE);
            if (Files.isRegularFile(matrix)) Files.copy(matrix, copy.resolve(LibraryValidator.MATRIX_FILE));
            copyTree(root.resolve(LibraryValidator.SNIPPETS_DIR), copy.resolve(LibraryValidator.SNIPPETS_DIR));
            Path file = copy.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml(), StandardCharsets.UTF_8);
            return new LibraryValidator().validate(copy).problems().stream().filter(p -> p.path().equals(path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the draft on a temporary copy of the library", e);
        } finally {
            if (copy != null) delete(copy);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (Files.isRegularFile(p)) Files.copy(p, target);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp folder is harmless; the OS cleans it
        }
    }
}
