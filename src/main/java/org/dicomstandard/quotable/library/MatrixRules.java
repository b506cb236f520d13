package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.text.SafeUrl;

import java.util.List;
import java.util.Map;

/** Rules for audiences.yaml: the required ids, a label or question for each, reviewers, interval. */
final class MatrixRules {
    private MatrixRules() {
    }

    static void check(SafeYaml.Parsed<Matrix> parsed, List<Problem> out) {
        Matrix m = parsed.value();
        String path = LibraryValidator.MATRIX_FILE;
        for (String id : Matrix.REQUIRED_AUDIENCES) {
            if (!m.audiences().containsKey(id)) {
                out.add(Problem.error(path, parsed.line("audiences"), Rule.MATRIX_REQUIRED_ID, "required audience '" + id + "' is missing"));
            }
        }
        for (String id : Matrix.REQUIRED_TOPICS) {
            if (!m.topics().containsKey(id)) {
                out.add(Problem.error(path, parsed.line("topics"), Rule.MATRIX_REQUIRED_ID, "required topic '" + id + "' is missing"));
            }
        }
        for (Map.Entry<String, Matrix.Audience> a : m.audiences().entrySet()) {
            if (a.getValue() == null || blank(a.getValue().label())) {
                out.add(Problem.error(path, parsed.line("audiences"), Rule.MATRIX_SCHEMA, "audience '" + a.getKey() + "' needs a label"));
            }
        }
        for (Map.Entry<String, Matrix.Topic> t : m.topics().entrySet()) {
            if (t.getValue() == null || blank(t.getValue().question())) {
                out.add(Problem.error(path, parsed.line("topics"), Rule.MATRIX_SCHEMA, "topic '" + t.getKey() + "' needs its canonical question"));
            }
        }
        if (m.reviewers().isEmpty()) {
            out.add(Problem.error(path, parsed.line("reviewers"), Rule.MATRIX_SCHEMA, "list at least one reviewer (a GitHub handle) who may approve replies"));
        }
        if (m.contact() != null && !m.pressContact().isPresent()) {
            out.add(Problem.error(path, parsed.line("contact"), Rule.MATRIX_SCHEMA, "contact needs a name (the office) and a url"));
        } else if (m.contact() != null && !SafeUrl.isSafe(m.contact().url())) {
            out.add(Problem.error(path, parsed.line("contact"), Rule.LINK_HTTPS, "contact url: " + SafeUrl.why(m.contact().url())));
        }
        for (int i = 0; i < m.avoid().size(); i++) {
            String problem = StyleRules.problemWith(m.avoid().get(i));
            if (problem != null) out.add(Problem.error(path, parsed.line("avoid"), Rule.MATRIX_SCHEMA, "avoid[" + i + "] " + problem));
        }
        if (m.reviewIntervalDays() == null || m.reviewIntervalDays() < 1) {
            out.add(Problem.error(path, parsed.line("review_interval_days"), Rule.MATRIX_SCHEMA, "review_interval_days must be a positive number of days"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
