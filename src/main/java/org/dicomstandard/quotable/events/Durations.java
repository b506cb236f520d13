package org.dicomstandard.quotable.events;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Periods as people write them in variables and options: {@code 0}, {@code 30s}, {@code 5m}, {@code 12h}, {@code 365d}, {@code 2w}, or ISO-8601. */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhdw])");

    private Durations() {
    }

    /** The period written in {@code text}; empty when unreadable. Months and years have no fixed length and are refused. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("0")) return Optional.of(Duration.ZERO);
        Matcher m = SHORT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        String iso = s.toUpperCase(Locale.ROOT);
        try {
            if (iso.contains("T")) return Optional.of(Duration.parse(iso));
            // Duration.parse takes no weeks (P2W); Period does.
            Period p = Period.parse(iso);
            if (p.getYears() != 0 || p.getMonths() != 0) return Optional.empty();
            return Optional.of(Duration.ofDays(p.getDays()));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
