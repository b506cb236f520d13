package org.dicomstandard.quotable.library;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to write a length of time everywhere (settings, command options, API parameters):
 * {@code 0}, {@code 500ms}, {@code 30s}, {@code 5m}, {@code 12h}, {@code 30d}, {@code 2w}, or ISO 8601
 * ({@code PT5M}, {@code P2W}). Months and years have no fixed length and are refused.
 */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d|w)?");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(s);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2);
                if (unit == null) return n == 0 ? Optional.of(Duration.ZERO) : Optional.empty(); // "5": five what?
                return Optional.of(switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                });
            }
            String iso = s.toUpperCase(Locale.ROOT);
            if (iso.contains("T")) return Optional.of(Duration.parse(iso));
            // Duration.parse takes no weeks (P2W); Period does.
            Period p = Period.parse(iso);
            if (p.getYears() != 0 || p.getMonths() != 0) return Optional.empty();
            return Optional.of(Duration.ofDays(p.getDays()));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** For settings: the parsed value, or an error that names the setting and shows the accepted forms. */
    public static Duration setting(String name, String text) {
        return parse(text).filter(d -> !d.isNegative()).orElseThrow(() -> new IllegalArgumentException(
                name + " is '" + text + "': write a length of time such as 0 (off), 30s, 5m, 12h or 30d"));
    }
}
