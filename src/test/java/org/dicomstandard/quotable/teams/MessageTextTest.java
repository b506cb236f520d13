package org.dicomstandard.quotable.teams;

import org.dicomstandard.quotable.answer.Question;
import org.dicomstandard.quotable.library.Matrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<at>Quotable</at> why doesn&#39;t DICOM include security? | why doesn't DICOM include security?",
            "<at>Quotable WG-14</at>&nbsp;is DICOM safe for journalists | is DICOM safe for journalists",
            "<p><at>Quotable</at> TLS for <b>vendors</b></p> | TLS for vendors",
            "<div><div><at>Quotable</at></div><div>two<br>lines</div></div> | two lines",
            "is dicom safe <at>Quotable</at> | is dicom safe",
            "<at>Alice</at> asked <at>Quotable</at> about TLS | asked about TLS",
            "&lt;at&gt;everyone&lt;/at&gt; R&amp;D &#x263A; | <at>everyone</at> R&D ☺",
            "no mention at all | no mention at all"})
    void the_question_is_the_text_without_mentions_markup_or_entities(String teams, String question) {
        assertThat(MessageText.of(teams).question()).isEqualTo(question);
    }

    @Test
    void line_breaks_and_invisible_characters_fold_into_single_spaces() {
        assertThat(MessageText.of("<at>Quotable</at>\n why\r\n\tdoes \u200bDICOM&#160;&#0;lack security?\n").question())
                .isEqualTo("why does DICOM lack security?");
    }

    private static final Matrix MATRIX = new Matrix(Map.of(), Map.of(), List.of(), 365);

    @Test
    void the_first_mention_names_the_bot() {
        assertThat(MessageText.of("<at>WG14 Replies</at> help").mentioned()).isEqualTo("WG14 Replies");
        assertThat(MessageText.of("help").mentioned()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<at>Quotable</at>", "<at>Quotable</at> help", "<at>Quotable</at> HELP?", "/help", "'  '"})
    void an_empty_message_or_help_asks_for_help(String teams) {
        assertThat(Question.parse(MessageText.of(teams).question(), MATRIX).kind()).isEqualTo(Question.Kind.HELP);
    }

    @Test
    void a_question_about_help_is_a_question() {
        assertThat(Question.parse(MessageText.of("<at>Quotable</at> help for hospitals after a breach").question(), MATRIX).kind())
                .isEqualTo(Question.Kind.ASK);
    }
}
