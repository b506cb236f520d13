package org.dicomstandard.quotable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the API, Teams and Bot Framework tests start the application on: the serving fixture
 * ({@code library/valid} plus {@code library/serving}, a reply in every state) in a temp folder, a data
 * folder of its own, no file watching, the {@link FixedClockFactory fixed clock} and a public URL.
 * Each fixture adds its own channel's settings to {@link #properties()}.
 */
public record ServingApp(Path root, Path data) {
    public static final String PUBLIC_URL = "https://quotable.example.org";

    public static ServingApp create() {
        try {
            Path root = Files.createTempDirectory("quotable-serving");
            Fixtures.layer(root, "library/valid", "library/serving");
            return new ServingApp(root, Files.createTempDirectory("quotable-data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared settings, in a map the caller may add to. */
    public Map<String, String> properties() {
        return new HashMap<>(Map.of("quotable.library", root.toString(), "quotable.data", data.toString(), "quotable.watch", "false",
                FixedClockFactory.PROPERTY, "true", "quotable.public-url", PUBLIC_URL));
    }
}
