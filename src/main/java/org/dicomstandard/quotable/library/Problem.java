package org.dicomstandard.quotable.library;

/**
 * One broken rule, located in the library: {@code path:line: rule-id: message}.
 *
 * @param path     file path relative to the library root, with forward slashes
 * @param line     1-based line, or 1 when the problem concerns the whole file
 * @param rule     the stable rule id (see {@link Rule})
 * @param severity errors fail validation; warnings are reported only
 */
public record Problem(String path, int line, Rule rule, Severity severity, String message)
        implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String path, int line, Rule rule, String message) {
        return new Problem(path, Math.max(1, line), rule, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, Rule rule, String message) {
        return new Problem(path, Math.max(1, line), rule, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The contract's text form; warnings say so after the rule id. */
    public String toText() {
        return path + ":" + line + ": " + rule.id() + ": " + (isError() ? "" : "warning: ") + message;
    }

    /** A GitHub Actions workflow command, so the problem shows on the pull request's line. */
    public String toGithub() {
        String level = isError() ? "error" : "warning";
        return "::" + level + " file=" + escapeProperty(path) + ",line=" + line + ",title=" + escapeProperty(rule.id())
                + "::" + escapeData(message);
    }

    // Escaping as GitHub's toolkit does for workflow commands, so a message cannot end the command early.
    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : rule.id().compareTo(o.rule.id());
    }
}
