package org.dicomstandard.quotable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, written into quotable-version.properties by Maven's resource filtering. */
final class Version {
    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/quotable-version.properties")) {
            if (in == null) return "unknown (not built by Maven)";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
