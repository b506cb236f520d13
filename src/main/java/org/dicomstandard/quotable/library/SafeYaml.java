package org.dicomstandard.quotable.library;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one YAML file into a record, turning every way a file can be bad into a located
 * {@link Problem} instead of a stack trace: too large, not UTF-8, empty, malformed, duplicate keys,
 * anchors and aliases, wrong types, unknown fields.
 */
public final class SafeYaml {
    public static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper mapper;

    public SafeYaml() {
        YAMLFactory factory = YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** A record read from a file, with the line of each top-level key for precise problems. */
    public record Parsed<T>(T value, Map<String, Integer> keyLines) {
        public int line(String key) {
            return keyLines.getOrDefault(key, 1);
        }
    }

    public <T> Parsed<T> read(Path file, String path, Class<T> type) throws YamlFileException {
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(path, 1, Rule.FILE_TOO_LARGE,
                        "file is " + size + " bytes; a reply file is at most " + MAX_BYTES + " bytes (64 KB): shorten it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw fail(path, 1, Rule.YAML_SYNTAX, "cannot read the file: " + e.getClass().getSimpleName());
        }
        return parse(bytes, path, type);
    }

    public <T> Parsed<T> parse(byte[] bytes, String path, Class<T> type) throws YamlFileException {
        if (bytes.length > MAX_BYTES) {
            throw fail(path, 1, Rule.FILE_TOO_LARGE,
                    "file is " + bytes.length + " bytes; a reply file is at most " + MAX_BYTES + " bytes (64 KB): shorten it");
        }
        String text = decodeUtf8(bytes, path);
        if (text.isBlank()) {
            throw fail(path, 1, Rule.FILE_EMPTY, "file is empty: write the fields of the schema, or delete the file");
        }
        Map<String, Integer> keyLines = scan(text, path);
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw fail(path, 1, Rule.FILE_EMPTY, "file holds no YAML document: write the fields of the schema");
            }
            return new Parsed<>(value, keyLines);
        } catch (JsonProcessingException e) {
            throw fail(path, fieldLine(e, keyLines), YamlProblems.ruleOf(e), YamlProblems.messageOf(e, type));
        }
    }

    /** The line of the top-level key a binding error is about; the parser's position lags behind. */
    private static int fieldLine(JsonProcessingException e, Map<String, Integer> keyLines) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String top = m.getPath().get(0).getFieldName();
            if (e instanceof UnrecognizedPropertyException u && m.getPath().size() == 1) top = u.getPropertyName();
            if (top != null && keyLines.containsKey(top) && m.getPath().size() == 1) return keyLines.get(top);
        }
        return line(e);
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is reported with its line, never replaced. */
    private static String decodeUtf8(byte[] bytes, String path) throws YamlFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') line++;
            }
            throw fail(path, line, Rule.FILE_ENCODING,
                    "byte " + offset + " is not valid UTF-8: save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A streaming pass before binding: finds the line of each top-level key, refuses anchors and
     * aliases (an alias bomb is refused before anything is expanded), and checks the root is a mapping.
     */
    private Map<String, Integer> scan(String text, String path) throws YamlFileException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw fail(path, 1, Rule.FILE_EMPTY, "file holds no YAML document: write the fields of the schema");
            }
            if (first != JsonToken.START_OBJECT) {
                throw fail(path, line(parser), Rule.SCHEMA_TYPE,
                        "the file must be a mapping of fields (key: value), but it starts with " + describe(first));
            }
            int depth = 0;
            for (JsonToken t = first; t != null; t = parser.nextToken()) {
                if (parser instanceof YAMLParser yaml && (yaml.getCurrentAnchor() != null || yaml.isCurrentAlias())) {
                    throw fail(path, line(parser), Rule.YAML_ALIAS,
                            "YAML anchors and aliases (&name, *name) are not allowed in the library: write the text out");
                }
                if (t.isStructStart()) depth++;
                else if (t.isStructEnd()) depth--;
                else if (t == JsonToken.FIELD_NAME && depth == 1) lines.putIfAbsent(parser.currentName(), line(parser));
            }
        } catch (JsonProcessingException e) {
            throw fail(path, line(e), YamlProblems.ruleOf(e), YamlProblems.messageOf(e, Object.class));
        } catch (IOException e) {
            throw fail(path, 1, Rule.YAML_SYNTAX, "cannot read the YAML: " + e.getClass().getSimpleName());
        }
        return lines;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> "a plain value";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static YamlFileException fail(String path, int line, Rule rule, String message) {
        return new YamlFileException(Problem.error(path, line, rule, message));
    }
}
