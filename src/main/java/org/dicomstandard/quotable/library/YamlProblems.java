package org.dicomstandard.quotable.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.dicomstandard.quotable.text.Typos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What a YAML or schema error from Jackson means in the library's terms: its rule and a message for the writer. */
final class YamlProblems {
    private YamlProblems() {
    }

    static Rule ruleOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) return Rule.SCHEMA_UNKNOWN_FIELD;
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) return Rule.SCHEMA_ENUM;
            if (target == LocalDate.class || target == Instant.class) return Rule.SCHEMA_DATE;
            return Rule.SCHEMA_TYPE;
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            if (target == LocalDate.class || target == Instant.class) return Rule.SCHEMA_DATE;
            return Rule.SCHEMA_TYPE;
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof java.time.DateTimeException) {
            return Rule.SCHEMA_DATE;
        }
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.startsWith("Duplicate field")) return Rule.YAML_DUPLICATE_KEY;
        return Rule.YAML_SYNTAX;
    }

    static String messageOf(JsonProcessingException e, Class<?> type) {
        String field = e instanceof JsonMappingException m ? fieldPath(m) : "";
        String at = field.isEmpty() ? "" : "'" + field + "': ";
        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            String hint = closest(name, u.getKnownPropertyIds());
            return "unknown field '" + name + "'" + (hint == null ? "" : "; did you mean '" + hint + "'?")
                    + " Allowed: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        Rule rule = ruleOf(e);
        if (rule == Rule.SCHEMA_ENUM && e instanceof InvalidFormatException f) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
            return at + "'" + f.getValue() + "' is not allowed; use one of: " + allowed;
        }
        if (rule == Rule.SCHEMA_DATE) {
            return at + "not a valid date: write dates as YYYY-MM-DD (a real calendar day) and instants as 2026-12-01T09:00:00Z";
        }
        if (rule == Rule.SCHEMA_TYPE && e instanceof MismatchedInputException m) {
            return at + "wrong type: expected " + expected(m.getTargetType());
        }
        if (rule == Rule.YAML_DUPLICATE_KEY) {
            return "a key appears twice in the same mapping (" + firstLine(e.getOriginalMessage()) + "): keep one";
        }
        return "malformed YAML: " + firstLine(e.getOriginalMessage());
    }

    static String expected(Class<?> target) {
        if (target == null) return "another type";
        if (Collection.class.isAssignableFrom(target)) return "a list (- item)";
        if (target == String.class) return "text";
        if (target.isRecord() || Map.class.isAssignableFrom(target)) return "a mapping (key: value)";
        if (target == Integer.class || target == int.class) return "a whole number";
        return target.getSimpleName();
    }

    static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String closest(String name, Collection<Object> known) {
        return Typos.closest(name, known, 2).orElse(null);
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
