package org.dicomstandard.quotable.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void words_are_counted_after_markup_is_removed() {
        assertThat(Markdown.wordCount("**Secure** transport, see [the guide](https://example.org/a/b).")).isEqualTo(5);
        assertThat(Markdown.wordCount("- one\n- two\n\n## Three four")).isEqualTo(4);
        assertThat(Markdown.wordCount("")).isZero();
        assertThat(Markdown.wordCount((String) null)).isZero();
        assertThat(Markdown.wordCount("Title?", "A summary.", "Body  text\n\nhere")).isEqualTo(6);
    }

    @Test
    void raw_html_is_detected_and_never_rendered() {
        String evil = "Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>";
        assertThat(Markdown.containsHtml(evil)).isTrue();
        assertThat(Markdown.containsHtml("a < b and b > c, 3<4")).isFalse();
        assertThat(Markdown.toHtml(evil)).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void unsafe_link_schemes_are_neutralised_in_html() {
        assertThat(Markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
    }
}
