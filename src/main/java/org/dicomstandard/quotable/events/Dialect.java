package org.dicomstandard.quotable.events;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The two databases the events live in, and the one statement they spell differently: add to a counter row or create it. */
enum Dialect {
    H2("H2"), POSTGRESQL("PostgreSQL");

    final String label;

    Dialect(String label) {
        this.label = label;
    }

    static Dialect of(String url) {
        if (url.startsWith("jdbc:h2:")) return H2;
        if (url.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("the event database URL must start with jdbc:postgresql: (or jdbc:h2:)");
    }

    /**
     * Inserts a row keyed by {@code key}, or adds its {@code times} to the row already there and keeps the later
     * {@code last_at}; {@code latest} columns take the new value. PostgreSQL's ON CONFLICT is safe against another
     * replica inserting the same key at the same moment; H2 (one process) takes the standard MERGE.
     */
    String upsert(String table, String key, List<String> columns, List<String> latest) {
        String cols = String.join(", ", columns);
        String params = String.join(", ", Collections.nCopies(columns.size(), "?"));
        if (this == POSTGRESQL) {
            String set = "times = " + table + ".times + EXCLUDED.times, last_at = GREATEST(" + table + ".last_at, EXCLUDED.last_at)"
                    + latest.stream().map(c -> ", " + c + " = EXCLUDED." + c).collect(Collectors.joining());
            return "INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ") ON CONFLICT (" + key + ") DO UPDATE SET " + set;
        }
        String set = "times = t.times + s.times, last_at = GREATEST(t.last_at, s.last_at)"
                + latest.stream().map(c -> ", " + c + " = s." + c).collect(Collectors.joining());
        return "MERGE INTO " + table + " t USING (VALUES (" + params + ")) s(" + cols + ") ON t." + key + " = s." + key
                + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }
}
