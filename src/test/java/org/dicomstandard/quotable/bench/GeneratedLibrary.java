package org.dicomstandard.quotable.bench;

import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.SnippetFile;
import org.dicomstandard.quotable.library.Status;
import org.dicomstandard.quotable.library.Visibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large library made from the shipped one. Each generated reply takes a real reply as its model:
 * the model's topic, title and questions, and its body's sentences reshuffled, plus a made-up
 * subject word so no two replies are the same. Words are spread over replies as in the real
 * library (a word of one topic stays rare), which is what a larger library of the same kind looks
 * like. Seeded: the same library every run.
 */
final class GeneratedLibrary {
    private static final String[] AUDIENCES = {"journalists", "general-public", "researchers", "end-users", "vendors", "pacs-admins", "cisos"};

    private GeneratedLibrary() {
    }

    static List<Snippet> generate(Library base, int n, long seed) {
        Random random = new Random(seed);
        List<Snippet> real = base.snippets().stream().filter(Snippet::isApproved).filter(s -> s.language().equals("en")).toList();
        List<Snippet> out = new ArrayList<>(n);
        java.util.Map<String, Integer> perCell = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Snippet model = real.get(random.nextInt(real.size()));
            String topic = model.topic();
            String audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
            int group = perCell.merge(topic + "/" + audience, 1, Integer::sum) - 1;
            String subject = subject(random);
            List<String> sentences = new ArrayList<>(List.of(model.body().split("(?<=[.!?])\\s+")));
            java.util.Collections.shuffle(sentences, random);
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < sentences.size(); k++) {
                body.append(sentences.get(k).strip()).append(k % 4 == 3 ? "\n\n" : " ");
            }
            body.append("\n\nThis reply also covers ").append(subject).append('.');
            out.add(new Snippet(topic + "--" + audience + (group == 0 ? "" : "-" + group), topic, audience, model.language(),
                    Status.APPROVED, i % 10 == 0 ? Visibility.INTERNAL : Visibility.PUBLIC,
                    model.title() + " (" + subject + ")", model.questions(), model.summary(), body.toString(), model.sources(),
                    List.of(base.matrix().reviewers().get(0)), LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20), null));
        }
        return out;
    }

    private static String subject(Random random) {
        StringBuilder w = new StringBuilder("sub");
        for (int i = 0; i < 6; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }

    static Library asLibrary(Library base, List<Snippet> snippets) {
        List<SnippetFile> files = new ArrayList<>();
        for (Snippet s : snippets) files.add(new SnippetFile("snippets/" + s.topic() + "/" + s.id() + ".yaml", s, Map.of()));
        return new Library(base.matrix(), files);
    }

    /**
     * Writes the generated replies as a library folder that validates: generated replies beyond the
     * matrix's audiences get audience ids "<audience>-<n>", which are added to a copy of the matrix.
     */
    static void write(Path shipped, List<Snippet> snippets, Path target) throws IOException {
        StringBuilder matrix = new StringBuilder(Files.readString(shipped.resolve("audiences.yaml"), StandardCharsets.UTF_8));
        String audiencesHeader = "audiences:\n";
        StringBuilder extra = new StringBuilder();
        java.util.Set<String> known = new java.util.HashSet<>(List.of(AUDIENCES));
        for (Snippet s : snippets) {
            String audience = s.id().substring(s.id().indexOf("--") + 2);
            if (known.add(audience)) extra.append("  ").append(audience).append(": {label: ").append(audience).append("}\n");
        }
        int at = matrix.indexOf(audiencesHeader) + audiencesHeader.length();
        matrix.insert(at, extra);
        Files.createDirectories(target);
        Files.writeString(target.resolve("audiences.yaml"), matrix, StandardCharsets.UTF_8);
        for (Snippet s : snippets) {
            String audience = s.id().substring(s.id().indexOf("--") + 2);
            Path file = target.resolve("snippets").resolve(s.topic()).resolve(audience + ".yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml(s, audience), StandardCharsets.UTF_8);
        }
    }

    private static String yaml(Snippet s, String audience) {
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(s.id()).append('\n');
        y.append("topic: ").append(s.topic()).append('\n');
        y.append("audience: ").append(audience).append('\n');
        y.append("language: en\nstatus: approved\nvisibility: ").append(s.visibility().name().toLowerCase()).append('\n');
        y.append("title: ").append(quote(s.title())).append('\n');
        y.append("questions:\n");
        for (String q : s.questions()) y.append("  - ").append(quote(q)).append('\n');
        y.append("summary: ").append(quote(s.summary())).append('\n');
        y.append("body: |\n");
        for (String line : s.body().split("\n", -1)) y.append("  ").append(line).append('\n');
        y.append("sources:\n");
        s.sources().forEach(src -> y.append("  - title: ").append(quote(src.title())).append("\n    url: ").append(src.url()).append('\n'));
        y.append("approved_by: [").append(s.approvedBy().get(0)).append("]\napproved_on: ").append(s.approvedOn())
                .append("\nreview_by: ").append(s.reviewBy()).append('\n');
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
