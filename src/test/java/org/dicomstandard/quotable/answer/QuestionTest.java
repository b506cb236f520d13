package org.dicomstandard.quotable.answer;

import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.search.Analyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {
    private static final Matrix MATRIX;

    static {
        Map<String, Matrix.Audience> audiences = new LinkedHashMap<>();
        audiences.put("journalists", new Matrix.Audience("Journalists", null));
        audiences.put("pacs-admins", new Matrix.Audience("PACS administrators", null));
        audiences.put("general-public", new Matrix.Audience("General public", null));
        MATRIX = new Matrix(audiences, Map.of(), List.of("a"), 365);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "why doesn't dicom include security for journalists | why doesn't dicom include security | journalists",
            "Why doesn't DICOM include security for PACS administrators? | Why doesn't DICOM include security | pacs-admins",
            "checklist for the pacs-admins | checklist | pacs-admins",
            "is it safe for general public | is it safe | general-public",
            "is dicom safe for patients | is dicom safe for patients | ",
            "checklist for admins for pacs admins | checklist for admins | pacs-admins",
            "   lots   of   space   | lots of space | ",
            "Warum hat DICOM keine Sicherheit für Journalisten? | Warum hat DICOM keine Sicherheit | journalists",
            "Ist DICOM sicher für die PACS administrators | Ist DICOM sicher | pacs-admins"})
    void an_audience_named_at_the_end_is_taken_out_of_the_question(String text, String question, String audience) {
        Question asked = Question.parse(text, MATRIX);
        assertThat(asked.kind()).isEqualTo(Question.Kind.ASK);
        assertThat(asked.text()).isEqualTo(question);
        assertThat(asked.audience()).isEqualTo(audience);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Warum hat DICOM keine Sicherheit? | de", "Ist DICOM schuld am Datenleck? | de",
            "Why doesn't DICOM include security? | en", "dicom tls | en", "  | en"})
    void a_chat_question_gets_a_language_guess(String text, String language) {
        assertThat(Analyzers.guessLanguage(text == null ? "" : text)).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"help", "Hilfe", "hilfe!", "Help?", "?", "/help", "''"})
    void help_words_in_either_language_ask_for_help(String text) {
        assertThat(Question.parse(text, MATRIX).kind()).isEqualTo(Question.Kind.HELP);
    }

    @ParameterizedTest
    @CsvSource({"audiences", "Zielgruppen"})
    void the_audience_list_is_asked_for_in_either_language(String text) {
        assertThat(Question.parse(text, MATRIX).kind()).isEqualTo(Question.Kind.AUDIENCES);
    }

    @org.junit.jupiter.api.Test
    void a_channel_default_audience_applies_unless_the_question_names_one() {
        assertThat(Question.parse("is dicom safe", MATRIX, "journalists").audience()).isEqualTo("journalists");
        assertThat(Question.parse("is dicom safe for pacs admins", MATRIX, "journalists").audience()).isEqualTo("pacs-admins");
        assertThat(Question.parse("is dicom safe", MATRIX, "no-such-audience").audience()).isNull();
    }

    @org.junit.jupiter.api.Test
    void the_language_is_guessed_from_the_question_without_its_audience() {
        assertThat(Question.parse("Warum hat DICOM keine Sicherheit für Journalisten", MATRIX).language()).isEqualTo("de");
        assertThat(Question.parse("Why doesn't DICOM include security for journalists", MATRIX).language()).isEqualTo("en");
    }
}
