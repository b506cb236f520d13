package org.dicomstandard.quotable.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a library root ({@code audiences.yaml} and {@code snippets/}) and checks every rule. The
 * one entry point used by the {@code validate} command, CI, start-up and every reload, so all of
 * them accept and refuse exactly the same libraries.
 */
public final class LibraryValidator {
    public static final String MATRIX_FILE = "audiences.yaml";
    public static final String SNIPPETS_DIR = "snippets";

    private static final List<SnippetCheck> CHECKS = List.of(new IdentityRules(), new ContentRules(), new ApprovalRules(), new StyleRules());

    private final SafeYaml yaml = new SafeYaml();
    private final Clock clock;

    public LibraryValidator(Clock clock) {
        this.clock = clock;
    }

    public LibraryValidator() {
        this(Clock.systemUTC());
    }

    public Validation validate(Path root) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Matrix matrix = loadMatrix(root, problems);
        List<SnippetFile> files = loadSnippets(root, problems);
        SnippetCheck.Context context = new SnippetCheck.Context(matrix, LocalDate.now(clock));
        files.parallelStream().forEach(file -> {
            List<Problem> found = new ArrayList<>();
            for (SnippetCheck check : CHECKS) {
                check.check(file, context, found);
            }
            problems.addAll(found);
        });
        checkUniqueIds(files, problems);
        return new Validation(new Library(matrix, files), new ArrayList<>(problems));
    }

    private Matrix loadMatrix(Path root, List<Problem> problems) {
        Path file = root.resolve(MATRIX_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(MATRIX_FILE, 1, Rule.MATRIX_SCHEMA,
                    "no audiences.yaml in the library folder: is this the library root? (validate ROOT, or QUOTABLE_LIBRARY)"));
            return new Matrix(Map.of(), Map.of(), List.of(), 365);
        }
        try {
            SafeYaml.Parsed<Matrix> parsed = yaml.read(file, MATRIX_FILE, Matrix.class);
            MatrixRules.check(parsed, problems);
            return parsed.value();
        } catch (YamlFileException e) {
            problems.add(e.problem());
            return new Matrix(Map.of(), Map.of(), List.of(), 365);
        }
    }

    private List<SnippetFile> loadSnippets(Path root, List<Problem> problems) {
        Path dir = root.resolve(SNIPPETS_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile).filter(p -> isYaml(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return paths.parallelStream()
                .map(p -> load(root, p, problems))
                .filter(f -> f != null)
                .toList();
    }

    private SnippetFile load(Path root, Path file, List<Problem> problems) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".yml")) {
            problems.add(Problem.error(path, 1, Rule.FILE_LAYOUT, "reply files end in .yaml, not .yml: rename the file"));
            return null;
        }
        try {
            SafeYaml.Parsed<Snippet> parsed = yaml.read(file, path, Snippet.class);
            return new SnippetFile(path, parsed.value(), parsed.keyLines());
        } catch (YamlFileException e) {
            problems.add(e.problem());
            return null;
        }
    }

    private static boolean isYaml(String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static void checkUniqueIds(List<SnippetFile> files, List<Problem> problems) {
        Map<String, SnippetFile> first = new HashMap<>();
        for (SnippetFile f : files) {
            String id = f.snippet().id();
            if (id == null || id.isBlank()) continue;
            SnippetFile earlier = first.putIfAbsent(id, f);
            if (earlier != null) {
                problems.add(Problem.error(f.path(), f.line("id"), Rule.ID_UNIQUE,
                        "id '" + id + "' is already used by " + earlier.path() + ": ids must be unique"));
            }
        }
    }
}
