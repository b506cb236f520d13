package org.dicomstandard.quotable.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dicomstandard.quotable.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of questions with the topics that count as a right answer. The development set is read
 * from {@code ../shared/eval/dev-queries.yaml} when it is there (the brief's current copy), else
 * from the copy under {@code src/test/resources/eval/} so the test also runs outside the workspace.
 */
record EvalSet(List<Case> cases) {

    record Case(String q, String audience, String lang, List<String> expect) {
    }

    static EvalSet dev() throws IOException {
        Path shared = Path.of("..", "shared", "eval", "dev-queries.yaml");
        return read(Files.isRegularFile(shared) ? shared : Fixtures.resource("eval/dev-queries.yaml"));
    }

    static EvalSet read(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        return new EvalSet(yaml.readValue(file.toFile(), new TypeReference<List<Case>>() {
        }));
    }

    /** Top-1 and top-3 accuracy of a ranker that returns topic ids, best first. */
    record Score(int n, int top1, int top3, List<String> misses) {
        double top1Rate() {
            return (double) top1 / n;
        }

        double top3Rate() {
            return (double) top3 / n;
        }

        @Override
        public String toString() {
            return String.format("top-1 %.3f (%d/%d), top-3 %.3f (%d/%d)", top1Rate(), top1, n, top3Rate(), top3, n);
        }
    }

    interface Ranker {
        List<String> topics(Case c);
    }

    Score score(Ranker ranker) {
        int top1 = 0;
        int top3 = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (Case c : cases) {
            List<String> topics = ranker.topics(c);
            boolean first = !topics.isEmpty() && c.expect().contains(topics.get(0));
            boolean three = topics.stream().limit(3).anyMatch(c.expect()::contains);
            if (first) top1++;
            if (three) top3++;
            if (!first) misses.add(c.q() + " -> " + topics.stream().limit(3).toList() + " expected " + c.expect());
        }
        return new Score(cases.size(), top1, top3, misses);
    }
}
