package org.dicomstandard.quotable.slack;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueTextTest {

    @Test
    void the_reminder_lists_due_replies_by_reviewer_and_escapes_titles() throws IOException {
        Library library = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(Files.createTempDirectory("quotable-due"), "library/valid")).library();
        String text = DueText.reminder(DueReviews.of(library, LocalDate.parse("2027-05-20"), 30));
        assertThat(text).startsWith("*Replies due for review by 2027-06-19*: ")
                .contains("*alice-wg14*", "• `why-dicom-security--journalists` Why doesn't DICOM include security?: review by 2027-06-01");
        assertThat(SlackText.escape("<b>A & B</b> @channel")).isEqualTo("&lt;b&gt;A &amp; B&lt;/b&gt; @\u200Bchannel");
        assertThat(DueText.reminder(DueReviews.of(library, LocalDate.parse("2026-11-25"), 30)))
                .isEqualTo("No replies are due for review in the next 30 days.");
    }
}
