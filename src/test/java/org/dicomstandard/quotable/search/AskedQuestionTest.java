package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AskedQuestionTest {
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
            "   lots   of   space   | lots of space | "})
    void an_audience_named_at_the_end_is_taken_out_of_the_question(String text, String question, String audience) {
        AskedQuestion asked = AskedQuestion.parse(text, MATRIX);
        assertThat(asked.question()).isEqualTo(question);
        assertThat(asked.audience()).isEqualTo(audience);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Warum hat DICOM keine Sicherheit? | de", "Ist DICOM schuld am Datenleck? | de",
            "Why doesn't DICOM include security? | en", "dicom tls | en", "  | en"})
    void a_chat_question_gets_a_language_guess(String text, String language) {
        assertThat(Analyzers.guessLanguage(text == null ? "" : text)).isEqualTo(language);
    }
}
