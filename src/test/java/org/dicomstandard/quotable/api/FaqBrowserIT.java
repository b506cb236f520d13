package org.dicomstandard.quotable.api;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ page in Debian's headless Chromium as a reporter uses it: one item per reply, searches and
 * permalinks that live in the URL, copying with attribution, English and German, "Was this helpful?",
 * and library text that looks like markup shown as text.
 */
class FaqBrowserIT extends FaqBrowserFixture {
    @Test
    void each_reply_is_one_item_with_its_question_summary_and_review_dates_in_view_and_the_full_answer_a_click_away() {
        page.open(faq(""));
        assertThat(page.shownIds()).containsExactly(WHY, HEISE);
        assertThat(page.text("#" + WHY + " h2")).isEqualTo("Why doesn't DICOM include security?");
        assertThat(page.text("#" + WHY + " .summary")).isEqualTo(WHY_SUMMARY);
        assertThat(page.text("#" + WHY + " .meta")).isEqualTo("Approved by alice-wg14 on 10 January 2026. Next review by 1 June 2027.");
        assertThat(page.find("#" + WHY + " .body").isDisplayed()).isFalse();
        page.find("#" + WHY + " summary").click();
        assertThat(page.text("#" + WHY + " summary")).isEqualTo("Read the full answer");
        assertThat(page.text("#" + WHY + " .body")).startsWith("The standard defines secure transport.");
        assertThat(page.find("#" + WHY + " .sources a").getAttribute("href")).isEqualTo(PS315);
        String all = (String) page.js("return document.body.innerText");
        assertThat(all.split("Why doesn't DICOM include security\\?", -1)).as("the question is on the page once").hasSize(2);
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void a_search_lives_in_the_url_through_reload_back_forward_and_a_shared_link() {
        page.open(faq(""));
        page.find("#q").sendKeys(LEAK, Keys.ENTER);
        page.awaitIds(List.of(HEISE));
        assertThat(page.path()).isEqualTo("/faq?q=who+is+to+blame+for+the+leak");
        page.browser.navigate().refresh();
        page.awaitShown();
        assertThat(page.shownIds()).containsExactly(HEISE);
        assertThat(page.find("#q").getDomProperty("value")).isEqualTo(LEAK);
        page.browser.navigate().back();
        page.awaitIds(List.of(WHY, HEISE));
        assertThat(page.path()).isEqualTo("/faq");
        assertThat(page.find("#q").getDomProperty("value")).isEmpty();
        page.browser.navigate().forward();
        assertThat(page.awaitIds(List.of(HEISE))).hasSize(1);

        page.open(faq("?q=" + enc(LEAK))); // the shared link: its answer came inside the HTML
        assertThat(page.shownIds()).containsExactly(HEISE);
        assertThat(page.text("#status")).isEqualTo("1 answer matches your search.");
        assertThat(page.timings().toString()).doesNotContain("/api/v1/search");

        page.open(faq(""));
        new Select(page.find("#audience")).selectByValue("researchers");
        page.awaitIds(List.of(LONG_WORD));
        assertThat(page.path()).isEqualTo("/faq?audience=researchers");
        page.browser.navigate().back();
        page.awaitIds(List.of(WHY, HEISE));
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void a_permalink_opens_its_reply_with_or_without_a_search_and_in_its_own_language_and_audience() {
        page.open(faq("#" + HEISE));
        assertThat(page.find("#" + HEISE + " details").getAttribute("open")).isNotNull();
        assertThat(page.find("#" + WHY + " details").getAttribute("open")).isNull();
        assertThat(page.js("return document.activeElement.id")).isEqualTo(HEISE);

        page.open(faq("?q=" + enc(LEAK) + "#" + WHY)); // not among the hits: shown all the same, first
        assertThat(page.shownIds()).containsExactly(WHY, HEISE);
        assertThat(page.find("#" + WHY + " details").getAttribute("open")).isNotNull();

        page.open(faq("#" + WHY_DE));
        assertThat(page.shownIds()).containsExactly(WHY_DE, HEISE);
        assertThat(page.path()).isEqualTo("/faq?lang=de#" + WHY_DE);
        page.open(faq("#" + LONG_WORD));
        assertThat(new Select(page.find("#audience")).getFirstSelectedOption().getText()).isEqualTo("Researchers");

        page.open(faq("?q=" + enc(LEAK)));
        page.find("#" + HEISE + " .permalink").click();
        assertThat(page.path()).isEqualTo("/faq?q=who+is+to+blame+for+the+leak#" + HEISE);
        page.browser.navigate().refresh();
        page.awaitShown();
        assertThat(page.find("#" + HEISE + " details").getAttribute("open")).isNotNull();
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void copy_quote_puts_the_summary_with_attribution_and_permalink_on_the_clipboard() {
        page.open(faq(""));
        assertThat(copy(WHY, "quote", "Quote copied.")).isEqualTo(WHY_SUMMARY + "\n— DICOM WG-14 (Security), approved 10 Jan 2026, "
                + fixtures.getURL() + "/faq#" + WHY + "\n");
    }

    @Test
    void copy_full_answer_gives_plain_text_or_markdown_with_sources_and_attribution() {
        page.open(faq(""));
        String credit = "— DICOM WG-14 (Security), approved 10 Jan 2026, ";
        String permalink = fixtures.getURL() + "/faq#" + WHY;
        assertThat(copy(WHY, "text", "Full answer copied as plain text."))
                .startsWith("Why doesn't DICOM include security?\n\n" + WHY_SUMMARY + "\n\nThe standard defines secure transport. Products")
                .contains("Vendors ship it.", "\n\nSources:\n- DICOM PS3.15: " + PS315 + "\n\n").doesNotContain("**", "<")
                .endsWith(credit + permalink + "\n");
        assertThat(copy(WHY, "markdown", "Full answer copied as Markdown."))
                .startsWith("# Why doesn't DICOM include security?\n\n*" + WHY_SUMMARY + "*\n\nThe standard defines **secure transport**.")
                .contains("- Vendors ship it.\n- Hospitals configure it.", "\n\n## Sources\n\n- [DICOM PS3.15](" + PS315 + ")\n\n")
                .endsWith(credit + "<" + permalink + ">\n");
    }

    private String copy(String id, String what, String confirmation) {
        page.find("#" + id + " [data-copy=" + what + "]").click();
        page.until(d -> page.text("#" + id + " .actions .done").equals(confirmation));
        return page.clipboard();
    }

    @Test
    void the_language_switch_shows_the_german_replies_with_german_labels_and_round_trips() {
        page.open(faq(""));
        assertThat(page.browser.findElements(By.cssSelector("#languages a"))).extracting(e -> e.getText()).containsExactly("English", "Deutsch");
        page.find("#languages a[lang=de]").click();
        page.awaitIds(List.of(WHY_DE, HEISE));
        assertThat(page.path()).isEqualTo("/faq?lang=de");
        assertThat(page.find("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.text("h1")).isEqualTo("DICOM und Sicherheit: Antworten für die Presse");
        assertThat(page.text("label[for=q]")).isEqualTo("Antworten durchsuchen");
        assertThat(page.text("#" + WHY_DE + " .meta")).isEqualTo("Freigegeben von alice-wg14 am 10. Januar 2026. Nächste Prüfung bis 1. Juni 2027.");
        assertThat(page.text("#" + HEISE + " .note")).isEqualTo("Diese Antwort gibt es nur auf Englisch.");
        assertThat(page.find("#" + HEISE + " h2").getAttribute("lang")).isEqualTo("en");
        assertThat(copy(WHY_DE, "quote", "Zitat kopiert.")).endsWith("\n— DICOM WG-14 (Sicherheit), freigegeben am 10. Jan. 2026, "
                + fixtures.getURL() + "/faq#" + WHY_DE + "\n");
        page.browser.navigate().back();
        page.awaitIds(List.of(WHY, HEISE));
        assertThat(page.text("h1")).isEqualTo("DICOM and security: answers for the press");

        page.open(faq("?audience=researchers")); // English only: no switch to offer
        assertThat(page.find("#languages").isDisplayed()).isFalse();
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void the_press_contact_from_the_matrix_is_on_the_page() {
        page.open(faq(""));
        assertThat(page.text("#contact")).isEqualTo("Press contact: " + CONTACT);
        assertThat(page.find("#contact a").getAttribute("href")).isEqualTo(CONTACT_URL);
        page.open(faq("?lang=de"));
        assertThat(page.text("#contact")).isEqualTo("Pressekontakt: " + CONTACT);
    }

    @Test
    void was_this_helpful_posts_the_reply_the_answer_and_the_search() {
        page.open(faq("?q=" + enc(LEAK)));
        page.js("window.__sent = []; const send = window.fetch;"
                + "window.fetch = (url, init) => { window.__sent.push({url: String(url), method: init && init.method, body: init && init.body});"
                + " return send(url, init); };");
        page.find("#" + HEISE + " [data-helpful=false]").click();
        page.until(d -> !page.text("#" + HEISE + " .feedback .done").isEmpty());
        assertThat(page.js("return window.__sent")).isEqualTo(List.of(Map.of("url", "/api/v1/feedback", "method", "POST",
                "body", "{\"id\":\"" + HEISE + "\",\"helpful\":false,\"q\":\"" + LEAK + "\"}")));
        // the feedback endpoint recorded it (a 2xx): the page thanks the reader rather than saying it failed
        assertThat(page.text("#" + HEISE + " .feedback .done")).isEqualTo("Thank you for telling us.");
        assertThat(page.find("#" + HEISE + " [data-helpful=false]").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.find("#" + HEISE + " [data-helpful=true]").getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void text_that_looks_like_markup_is_shown_as_text_and_never_runs() {
        page.open(faq("#" + HEISE));
        assertThat(page.text("#" + HEISE + " .body")).contains("<script>window.__xss = 'script'</script>", "<img src=x onerror=");
        assertThat(page.browser.findElements(By.cssSelector("#" + HEISE + " .body script, #" + HEISE + " .body img"))).isEmpty();
        assertThat(page.js("return window.__xss === undefined")).isEqualTo(true);
    }
}
