package org.dicomstandard.quotable.api;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ page's qualities in Debian's headless Chromium: a phone's width, print, the keyboard,
 * axe-core's WCAG 2.1 AA rules, hostile URLs, and its weight on the wire (printed). Writes the
 * README's screenshots, docs/faq.png and docs/faq-mobile.png, of the shipped library.
 */
class FaqBrowserQualityIT extends FaqBrowserFixture {
    @Test
    void at_390_px_a_6000_character_word_wraps_and_the_readme_screenshots_are_written() {
        for (int width : new int[] {390, 1280}) {
            page.viewport(width, 844);
            page.open(faq("#" + LONG_WORD)); // the full answer, with the long word, open
            assertThat(page.find("#" + LONG_WORD + " .body").getText()).contains("dicomdicom");
            assertThat(page.sidewaysScroll()).as("sideways scroll at %d px", width).isZero();
        }
        page.viewport(1280, 900);
        page.open(shipped.getURL() + "/faq");
        page.screenshot(Path.of("docs", "faq.png"));
        page.viewport(390, 844);
        page.open(shipped.getURL() + "/faq");
        assertThat(page.sidewaysScroll()).isZero();
        page.screenshot(Path.of("docs", "faq-mobile.png"));
        assertThat(Path.of("docs", "faq-mobile.png")).isNotEmptyFile();
    }

    @Test
    void axe_finds_no_wcag_21_aa_violations_in_any_view() throws Exception {
        for (String view : List.of("", "?lang=de#" + WHY_DE, "?q=" + enc("ما هو DICOM؟"), "?audience=nobody", "?audience=researchers#" + LONG_WORD)) {
            page.open(faq(view));
            assertThat(page.axeViolations()).as("axe on /faq%s", view).isEmpty();
        }
        page.viewport(390, 844);
        page.open(shipped.getURL() + "/faq#" + WHY);
        assertThat(page.axeViolations()).as("axe on the shipped library at 390 px").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_control_is_reached_by_tab_and_shows_its_focus() {
        page.open(faq(""));
        List<String> controls = (List<String>) page.js("const all = [...document.querySelectorAll("
                + "'a[href], button, input, select, summary, [tabindex]:not([tabindex=\"-1\"])')].filter(e => e.checkVisibility());"
                + "all.forEach((e, i) => e.dataset.key = e.tagName + ' ' + (e.textContent.trim() || e.id) + ' #' + i); return all.map(e => e.dataset.key);");
        Set<String> reached = new LinkedHashSet<>();
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < controls.size() + 3; i++) {
            new Actions(page.browser).sendKeys(Keys.TAB).perform();
            Map<String, Object> focus = (Map<String, Object>) page.js("const e = document.activeElement, s = getComputedStyle(e);"
                    + "return {key: e.dataset.key || e.tagName, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2};");
            reached.add((String) focus.get("key"));
            if (!Boolean.TRUE.equals(focus.get("ring"))) unseen.add((String) focus.get("key"));
        }
        assertThat(reached).containsAll(controls);
        assertThat(unseen).allMatch(key -> key.equals("BODY"), "no control without a visible focus ring");

        page.find("#" + HEISE + " summary").sendKeys(Keys.ENTER);
        assertThat(page.find("#" + HEISE + " details").getAttribute("open")).isNotNull();
        page.find("#" + HEISE + " [data-copy=quote]").sendKeys(Keys.SPACE);
        page.until(d -> page.text("#" + HEISE + " .actions .done").equals("Quote copied."));
    }

    @Test
    void hostile_or_broken_urls_get_a_clear_message_and_the_default_view_and_nothing_runs() {
        String noMatch = "No approved answer matches your search. Here are all the answers; you could try other words.";
        String script = "<script>document.title = 'pwned'</script><svg onload=alert(1)>";
        String rtl = "هل DICOM غير آمن؟ שלום";
        record Bad(String query, String notice, String status, String box) {
        }
        for (Bad bad : List.of(
                new Bad("?q=" + "a".repeat(10_000), "That search is 10,000 characters long; a search can have at most 1,000. Here are all the answers.",
                        "2 approved answers.", ""),
                new Bad("?q=" + enc(script), "", noMatch, script),
                new Bad("?q=" + enc(rtl), "", noMatch, rtl),
                new Bad("?audience=" + enc("\"><svg onload=window.__xss=3>"),
                        "This page has no answers for the audience the link asked for. Here are the answers for Journalists.", "2 approved answers.", ""),
                new Bad("?lang=" + enc("xx\"><script>window.__xss=4</script>"),
                        "This page has no answers in the language the link asked for. Here are the answers in English.", "2 approved answers.", ""))) {
            page.open(faq(bad.query()));
            assertThat(page.shownIds()).as(bad.query()).containsExactly(WHY, HEISE);
            assertThat(page.find("#notice").getText()).as(bad.query()).isEqualTo(bad.notice());
            assertThat(page.text("#status")).as(bad.query()).isEqualTo(bad.status());
            assertThat(page.find("#q").getDomProperty("value")).isEqualTo(bad.box());
            if (bad.box().isEmpty()) assertThat(page.path()).as("the URL says what is shown").isEqualTo("/faq");
            assertThat(page.js("return window.__xss === undefined && document.scripts.length === 2 && !document.title.includes('pwned')"))
                    .as(bad.query()).isEqualTo(true);
            assertThat(page.consoleErrors()).as(bad.query()).isEmpty();
            assertThat(page.js("return document.getElementById('q').matches(':dir(rtl)')")).as("%s reads right to left", bad.query())
                    .isEqualTo(bad.box().equals(rtl));
        }
    }

    @Test
    void print_shows_every_answer_whole_without_the_controls() {
        page.open(faq(""));
        page.printMedia(true);
        try {
            assertThat(page.js("return document.querySelector('#" + WHY + " .body').getClientRects().length > 0")).isEqualTo(true);
            assertThat(page.find(".tools").isDisplayed()).isFalse();
            assertThat(page.find("#" + WHY + " .actions").isDisplayed()).isFalse();
        } finally {
            page.printMedia(false);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_page_and_its_first_data_take_at_most_two_requests_after_the_html_and_under_100_kb() {
        page.coldCache(true);
        try {
            for (String view : List.of("", "?q=" + enc("is dicom insecure"), "?lang=de")) {
                page.open(shipped.getURL() + "/faq" + view);
                Map<String, Object> t = page.timings();
                Map<String, Object> html = (Map<String, Object>) t.get("html");
                List<Map<String, Object>> requests = (List<Map<String, Object>>) t.get("resources");
                long total = ((Number) html.get("transfer")).longValue();
                StringBuilder lines = new StringBuilder();
                for (Map<String, Object> r : requests) {
                    total += ((Number) r.get("transfer")).longValue();
                    lines.append(String.format("%n  %s: %s B on the wire, %s B decoded", r.get("name"), r.get("transfer"), r.get("decoded")));
                }
                System.out.printf("FAQ speed, shipped library, /faq%s: HTML %s B on the wire (%s B decoded) + %d requests after it = %d B "
                        + "transferred; answers shown %s ms after navigation start%s%n", view, html.get("transfer"), html.get("decoded"),
                        requests.size(), total, t.get("shownMs"), lines);
                assertThat(requests).as("requests after the HTML").hasSizeLessThanOrEqualTo(2);
                assertThat(total).as("bytes transferred").isPositive().isLessThan(100 * 1024);
                assertThat(page.shownIds()).isNotEmpty();
            }
        } finally {
            page.coldCache(false);
        }
    }
}
