package org.dicomstandard.quotable.api;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through Selenium, and what the FAQ tests read off the page: the
 * replies shown, console errors, the clipboard, axe-core's findings, resource timings, screenshots.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them) and axe-core, which
 * {@code mvn verify} installs with npm into target/npm before the *IT run (pom.xml, exec-maven-plugin).
 */
final class FaqPage implements AutoCloseable {
    // Debian's packages by default; QUOTABLE_CHROMIUM / QUOTABLE_CHROMEDRIVER point elsewhere.
    private static final String CHROMIUM = System.getenv().getOrDefault("QUOTABLE_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("QUOTABLE_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
    /** The rules of WCAG 2.1 levels A and AA, as axe-core tags them. */
    private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + " + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe did not run: ' + e]));";

    final ChromeDriver browser;
    private String axe;

    FaqPage() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver: run .ci/run, "
                    + "or apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Loads the URL as a new page (even when only its fragment differs) and waits until the answers are shown. */
    void open(String url) {
        browser.get("about:blank");
        browser.get(url);
        awaitShown();
    }

    void awaitShown() {
        until(d -> Boolean.TRUE.equals(js("return !document.getElementById('replies').hasAttribute('aria-busy')"
                + " && document.getElementById('status').textContent !== ''")));
    }

    <T> T until(Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    /** Waits until the page shows exactly these replies, in this order (history navigation is asynchronous). */
    List<String> awaitIds(List<String> ids) {
        until(d -> shownIds().equals(ids));
        return shownIds();
    }

    /** Read in one script, so a render in between cannot leave a stale element behind. */
    @SuppressWarnings("unchecked")
    List<String> shownIds() {
        return (List<String>) js("return [...document.querySelectorAll('#replies > article.reply')].map(e => e.id)");
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    String path() {
        URI uri = URI.create(browser.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    List<LogEntry> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** A phone-sized (or any) viewport, as the device toolbar of DevTools sets it. */
    void viewport(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    void desktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    void printMedia(boolean print) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** How far the page scrolls sideways, in CSS pixels (0 when everything wraps). */
    long sidewaysScroll() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page put on the system clipboard, read back through the Clipboard API. */
    String clipboard() {
        URI page = URI.create(browser.getCurrentUrl());
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", page.getScheme() + "://" + page.getAuthority(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('clipboard not readable: ' + e));");
    }

    /** axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() throws IOException {
        if (axe == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException(AXE + " is missing: mvn verify installs axe-core with npm before the browser tests");
            }
            axe = Files.readString(AXE);
        }
        js(axe + "\n;window.axe = axe;");
        return (List<String>) browser.executeAsyncScript(AXE_RUN);
    }

    /** While on, every load goes to the server, as on a first visit. */
    void coldCache(boolean on) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", on));
    }

    /** The navigation and every request after it, from the browser's Performance API, and when the answers were first shown. */
    @SuppressWarnings("unchecked")
    Map<String, Object> timings() {
        return (Map<String, Object>) js("const nav = performance.getEntriesByType('navigation')[0];"
                + "const shown = performance.getEntriesByName('faq-shown')[0];"
                + "return {html: {name: nav.name, transfer: nav.transferSize, decoded: nav.decodedBodySize},"
                + " resources: performance.getEntriesByType('resource').map(r => ({name: r.name, transfer: r.transferSize, decoded: r.decodedBodySize})),"
                + " shownMs: shown ? Math.round(shown.startTime) : -1};");
    }

    @Override
    public void close() {
        browser.quit();
    }
}
