package org.dicomstandard.quotable.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The report for people: plain text (a terminal), Markdown (a wiki page, an e-mail) or Slack mrkdwn (the weekly digest). */
public final class ReportText {
    public static final ReportText TEXT = new ReportText("", "", "  ", "    ", "", s -> s);
    public static final ReportText MARKDOWN = new ReportText("## ", "", "- ", "  - ", "`", ReportText::escapeMarkdown);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final String before;
    private final String after;
    private final String item;
    private final String subItem;
    private final String code;
    private final UnaryOperator<String> escape;

    private ReportText(String before, String after, String item, String subItem, String code, UnaryOperator<String> escape) {
        this.before = before;
        this.after = after;
        this.item = item;
        this.subItem = subItem;
        this.code = code;
        this.escape = escape;
    }

    /** Slack mrkdwn, with Slack's escaping of what people typed (the slack package owns it). */
    public static ReportText mrkdwn(UnaryOperator<String> slackEscape) {
        return new ReportText("*", "*", "• ", "    ◦ ", "`", slackEscape);
    }

    /** {@code text}, {@code markdown}; anything else is empty. */
    public static Optional<ReportText> named(String name) {
        if (name == null) return Optional.of(TEXT);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    public String render(UsageReport r) {
        StringBuilder out = new StringBuilder();
        String title = "Quotable report, " + DAY.format(r.since()) + " to " + DAY.format(r.until()) + " (UTC)";
        out.append(this == MARKDOWN ? "# " + title : before + title + after).append('\n');
        out.append(item).append(counts(r.totals())).append('\n');
        section(out, "Per channel", r.channels().stream().map(c -> c.channel() + ": " + counts(c.counts())).toList());
        section(out, "Per week", r.weeks().stream().map(w -> w.week() + " (from " + w.from() + "): " + counts(w.counts())).toList());
        section(out, "Most asked questions", r.questions().stream().map(q -> q.count() + "× " + escape.apply(q.question())
                + " (" + (q.topics().isEmpty() ? "not answered" : "answered by " + String.join(", ", q.topics())) + "; via "
                + String.join(", ", q.channels()) + ")" + also(q.examples())).toList());
        section(out, "Most used replies", r.replies().stream().map(p -> id(p.id()) + ": served " + p.served() + byChannel(p.servedIn())
                + ", posted " + p.posted() + "; " + p.helpful() + " helpful, " + p.notHelpful() + " not helpful").toList());
        section(out, "Replies marked not helpful", r.notHelpful().stream().map(n -> id(n.id()) + ": " + n.notHelpful()
                + " not helpful, " + n.helpful() + " helpful" + n.questions().stream().map(q -> "\n" + subItem + "asked: " + escape.apply(q))
                .collect(Collectors.joining())).toList());
        section(out, "Unanswered questions, grouped", r.unanswered().stream().map(u -> u.count() + "× " + escape.apply(u.question())
                + " (last " + MINUTE.format(u.lastAsked()) + " UTC; via " + String.join(", ", u.channels()) + "; audiences: "
                + (u.audiences().isEmpty() ? "any" : String.join(", ", u.audiences())) + ")" + also(u.examples())).toList());
        section(out, "Library reloads and git syncs", r.library().stream().map(o -> o.kind() + " " + o.outcome().toLowerCase(Locale.ROOT)
                + ": " + o.count()).toList());
        return out.toString();
    }

    private void section(StringBuilder out, String title, List<String> lines) {
        out.append('\n').append(before).append(title).append(after).append('\n');
        if (lines.isEmpty()) out.append(item).append("(none)\n");
        for (String l : lines) out.append(item).append(l).append('\n');
    }

    /** Reply ids as code, so Markdown leaves their dashes and underscores alone. */
    private String id(String id) {
        return code + id.replace("`", "") + code;
    }

    private static String counts(UsageReport.Counts c) {
        return c.asked() + " asked (" + c.answered() + " answered, " + c.unanswered() + " unanswered); replies served " + c.served()
                + ", posted " + c.posted() + "; " + c.helpful() + " helpful, " + c.notHelpful() + " not helpful";
    }

    private String also(List<String> examples) {
        return examples.stream().map(e -> "\n" + subItem + "also: " + escape.apply(e)).collect(Collectors.joining());
    }

    private static String byChannel(List<UsageReport.ChannelCount> served) {
        return served.size() < 2 ? "" : " (" + served.stream().map(c -> c.channel() + " " + c.count()).collect(Collectors.joining(", ")) + ")";
    }

    /** Questions are what people typed: nothing in them may turn into Markdown (links, emphasis, HTML). */
    static String escapeMarkdown(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
