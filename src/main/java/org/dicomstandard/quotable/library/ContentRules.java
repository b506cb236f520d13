package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.text.SafeUrl;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Length, questions, sources and links, and what no text may contain (raw HTML, mass mentions). */
final class ContentRules implements SnippetCheck {
    public static final int MAX_WORDS = 700;
    public static final int MAX_SUMMARY_WORDS = 60;
    public static final int MIN_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 12;

    // Slack's special mentions (<!channel>, <!here|here>, <!everyone>) and the plain-text forms chat apps expand.
    private static final Pattern MASS_MENTION = Pattern.compile(
            "<!\\s*(channel|here|everyone)\\b[^>]*>|(?<![\\w.])@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSECURE_LINK = Pattern.compile("\\b(?:http|ftp)://\\S+", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(SnippetFile file, Context context, List<Problem> out) {
        Snippet s = file.snippet();
        String path = file.path();

        int words = Markdown.wordCount(s.title(), s.summary(), s.body());
        if (words > MAX_WORDS) {
            out.add(Problem.error(path, file.line("body"), Rule.WORDS_TOTAL,
                    "title + summary + body have " + words + " words; the limit is " + MAX_WORDS + ": cut " + (words - MAX_WORDS)));
        }
        int summaryWords = Markdown.wordCount(s.summary());
        if (summaryWords > MAX_SUMMARY_WORDS) {
            out.add(Problem.error(path, file.line("summary"), Rule.WORDS_SUMMARY,
                    "summary has " + summaryWords + " words; the limit is " + MAX_SUMMARY_WORDS + ": keep it to one or two sentences"));
        }
        int questions = s.questions().size();
        if (questions < MIN_QUESTIONS || questions > MAX_QUESTIONS) {
            out.add(Problem.error(path, file.line("questions"), Rule.QUESTIONS_COUNT,
                    "lists " + questions + " questions; give " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
                            + " other ways people ask this, so search finds the reply"));
        }
        checkSources(file, out);
        checkTexts(file, out);
    }

    private static void checkSources(SnippetFile file, List<Problem> out) {
        Snippet s = file.snippet();
        int line = file.line("sources");
        if (s.sources().isEmpty()) {
            out.add(Problem.error(file.path(), line, Rule.SOURCES_REQUIRED,
                    "no sources: list at least one {title, url} that the reply's facts come from"));
        }
        for (int i = 0; i < s.sources().size(); i++) {
            Source source = s.sources().get(i);
            if (source == null || source.title() == null || source.title().isBlank() || source.url() == null || source.url().isBlank()) {
                out.add(Problem.error(file.path(), line, Rule.SCHEMA_REQUIRED, "sources[" + i + "] needs both a title and a url"));
            } else if (!isHttpsUrl(source.url())) {
                out.add(Problem.error(file.path(), line, Rule.LINK_HTTPS,
                        "sources[" + i + "] url '" + source.url() + "' is not an https link: " + SafeUrl.why(source.url())));
            }
        }
    }

    private static void checkTexts(SnippetFile file, List<Problem> out) {
        Snippet s = file.snippet();
        text(file, "title", s.title(), out);
        text(file, "summary", s.summary(), out);
        text(file, "body", s.body(), out);
        for (String q : s.questions()) {
            text(file, "questions", q, out);
        }
        for (Source source : s.sources()) {
            if (source != null) text(file, "sources", source.title(), out);
        }
    }

    private static void text(SnippetFile file, String key, String value, List<Problem> out) {
        if (value == null || value.isEmpty()) return;
        if (Markdown.containsHtml(value)) {
            out.add(Problem.error(file.path(), file.line(key), Rule.TEXT_HTML,
                    "'" + key + "' contains raw HTML: use Markdown (**bold**, [text](https://…)) instead of tags"));
        }
        // The cheap character checks first: the patterns run only on text that could match.
        Matcher mention = MASS_MENTION.matcher(value);
        if ((value.indexOf('@') >= 0 || value.indexOf("<!") >= 0) && mention.find()) {
            out.add(Problem.error(file.path(), file.line(key), Rule.TEXT_MASS_MENTION,
                    "'" + key + "' contains the mass mention '" + mention.group() + "', which would notify everyone in a channel: remove it"));
        }
        Matcher insecure = INSECURE_LINK.matcher(value);
        if (value.contains("://") && insecure.find()) {
            out.add(Problem.error(file.path(), file.line(key), Rule.LINK_HTTPS,
                    "'" + key + "' links to '" + insecure.group() + "': every link must be https"));
        }
        if (value.indexOf('(') < 0 && value.indexOf('[') < 0) return; // no Markdown link or image without brackets
        for (Markdown.UnsafeLink link : Markdown.unsafeLinks(value)) {
            String what = link.image() ? "an image from '" + link.url() + "': replies show no images; describe it in words or link to it"
                    : "a link to '" + link.url() + "': " + SafeUrl.why(link.url());
            out.add(Problem.error(file.path(), file.lineWithin(key, value, link.line()), Rule.LINK_HTTPS, "'" + key + "' has " + what));
        }
    }

    /** Sources are pages to read: https only (a mailto: address is a contact, not a source). */
    static boolean isHttpsUrl(String url) {
        return SafeUrl.isSafe(url) && url.strip().toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
