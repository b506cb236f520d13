package org.dicomstandard.quotable.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The FAQ browser tests' world: the service on the test library (library/valid with library/faq
 * laid over it, and a press contact), the service on the shipped library (for screenshots and real weights), and one
 * headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FaqBrowserFixture {
    static final String WHY = "why-dicom-security--journalists";
    static final String WHY_DE = WHY + "--de";
    static final String HEISE = "heise-rebuttal--journalists";
    static final String LONG_WORD = "white-papers--researchers";
    static final String LEAK = "who is to blame for the leak";
    static final String WHY_SUMMARY = "DICOM has specified secure connections for many years; sites must switch them on.";
    static final String CONTACT = "WG-14 press office";
    static final String CONTACT_URL = "https://www.dicomstandard.org/activity/wgs/wg-14";
    static final String PS315 = "https://dicom.nema.org/medical/dicom/current/output/html/part15.html";

    EmbeddedServer fixtures;
    EmbeddedServer shipped;
    FaqPage page;

    @BeforeAll
    void start() throws Exception {
        Path library = Fixtures.layer(Files.createTempDirectory("quotable-faq"), "library/valid", "library/faq");
        Path matrix = library.resolve("audiences.yaml");
        Files.writeString(matrix, Files.readString(matrix).replaceAll("(?m)^contact:.*$",
                java.util.regex.Matcher.quoteReplacement("contact: {name: " + CONTACT + ", url: \"" + CONTACT_URL + "\"}")));
        fixtures = server(library);
        shipped = server(Fixtures.shippedLibrary());
        page = new FaqPage();
    }

    private static EmbeddedServer server(Path library) throws Exception {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1", "quotable.library", library.toString(),
                "quotable.data", Files.createTempDirectory("quotable-faq-data").toString(), "quotable.watch", "false"));
    }

    @AfterAll
    void stop() {
        if (page != null) page.close();
        if (fixtures != null) fixtures.close();
        if (shipped != null) shipped.close();
    }

    @BeforeEach
    void freshBrowser() {
        page.desktop();
        page.consoleErrors(); // reading the log empties it
    }

    String faq(String suffix) {
        return fixtures.getURL() + "/faq" + suffix;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
