package org.dicomstandard.quotable.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import org.dicomstandard.quotable.library.DraftReply;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Source;
import org.dicomstandard.quotable.proposals.Proposal;
import org.dicomstandard.quotable.text.Markdown;
import org.dicomstandard.quotable.text.SafeUrl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "Draft a reply" modal: topic and audience from the matrix, language, title, summary, body,
 * sources ("title | url" a line) and the questions (the asked one first). What it can tell at once
 * (no title, too many words, a source line that is not "title | https://…", too few questions) goes
 * back to the form as field errors; everything else is the validator's to judge, after the form closes.
 */
final class DraftForm {
    static final String CALLBACK = "draft_reply_form";
    static final String TOPIC = "topic";
    static final String AUDIENCE = "audience";
    static final String LANGUAGE = "language";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String SOURCES = "sources";
    static final String QUESTIONS = "questions";
    /** Slack's limit on a text input, and on a select's option text. */
    static final int MAX_INPUT = 3000;
    static final int MAX_OPTION = 75;
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "Deutsch");
    private static final Gson GSON = new Gson();

    private DraftForm() {
    }

    /** Where the form was opened from, kept in the view's private_metadata: the channel to answer in. */
    record Origin(String channel) {
        String encode() {
            return GSON.toJson(this);
        }

        static Origin decode(String metadata) {
            try {
                Origin o = metadata == null || metadata.isBlank() ? null : GSON.fromJson(metadata, Origin.class);
                return o == null ? new Origin(null) : o;
            } catch (JsonParseException e) {
                return new Origin(null);
            }
        }
    }

    /** The modal, the question prefilled as the first question, the audience and language when they are known. */
    static View view(Matrix matrix, String question, String audience, String language, Origin origin) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().verbatim(true).text(
                "Opens a pull request with this reply as a draft (served nowhere). It is served once reviewers approve it on GitHub and it is merged."
                        + " A reply that exists already gets an edit pull request.").build())).build());
        List<OptionObject> topics = matrix.topics().entrySet().stream().limit(100)
                .map(t -> option(t.getKey() + " — " + t.getValue().question(), t.getKey())).toList();
        blocks.add(input(TOPIC, "Topic", select(TOPIC, topics, null), null));
        List<OptionObject> audiences = matrix.audiences().entrySet().stream().limit(100)
                .map(a -> option(a.getValue().label(), a.getKey())).toList();
        blocks.add(input(AUDIENCE, "Audience", select(AUDIENCE, audiences, audience), null));
        List<OptionObject> languages = LANGUAGES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(l -> option(l.getValue(), l.getKey())).toList();
        blocks.add(input(LANGUAGE, "Language", select(LANGUAGE, languages, LANGUAGES.containsKey(language) ? language : "en"), null));
        blocks.add(input(TITLE, "Title", text(TITLE, false, null, "Why do few devices use TLS?"), "A question or a short statement."));
        blocks.add(input(SUMMARY, "Summary", text(SUMMARY, true, null, null), "One or two sentences that answer on their own."));
        blocks.add(input(BODY, "Body", text(BODY, true, null, null),
                "Markdown. Title, summary and body together at most " + DraftReply.MAX_WORDS + " words."));
        blocks.add(input(SOURCES, "Sources", text(SOURCES, true, null, "DICOM PS3.15 | https://dicom.nema.org/medical/dicom/current/output/html/part15.html"),
                "One a line: title | https://… The documents the reply's facts come from."));
        blocks.add(input(QUESTIONS, "Questions people ask", text(QUESTIONS, true, question, null), DraftReply.MIN_QUESTIONS + " to "
                + DraftReply.MAX_QUESTIONS + ", one a line, so search finds the reply. The first is the question that was asked."));
        return View.builder().type("modal").callbackId(CALLBACK).privateMetadata(origin.encode())
                .title(ViewTitle.builder().type("plain_text").text("Draft a reply").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Open pull request").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks).build();
    }

    /** What the writer filled in, lines already split, blank lines dropped. */
    record Filled(String topic, String audience, String language, String title, String summary, String body,
                  List<String> sourceLines, List<String> questions) {

        static Filled of(View view) {
            Map<String, Map<String, ViewState.Value>> values = view.getState() == null || view.getState().getValues() == null
                    ? Map.of() : view.getState().getValues();
            return new Filled(selected(values, TOPIC), selected(values, AUDIENCE), selected(values, LANGUAGE), value(values, TITLE),
                    value(values, SUMMARY), value(values, BODY), lines(value(values, SOURCES)), lines(value(values, QUESTIONS)));
        }

        /** The errors Slack shows under the fields, by block id; empty when the draft can go to the validator. */
        Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (topic == null) errors.put(TOPIC, "Pick a topic.");
            if (audience == null) errors.put(AUDIENCE, "Pick an audience.");
            if (title.isBlank()) errors.put(TITLE, "A reply needs a title.");
            if (summary.isBlank()) errors.put(SUMMARY, "A reply needs a summary.");
            int words = Markdown.wordCount(title, summary, body);
            if (words > DraftReply.MAX_WORDS) {
                errors.put(BODY, "Title, summary and body have " + words + " words; the limit is " + DraftReply.MAX_WORDS
                        + ": cut " + (words - DraftReply.MAX_WORDS) + ".");
            } else if (body.isBlank()) {
                errors.put(BODY, "A reply needs a body.");
            }
            if (sourceLines.isEmpty()) errors.put(SOURCES, "Give at least one source: title | https://…");
            for (int i = 0; i < sourceLines.size() && !errors.containsKey(SOURCES); i++) {
                String why = sourceProblem(sourceLines.get(i));
                if (why != null) errors.put(SOURCES, "Line " + (i + 1) + " (" + ReplyBlocks.clip(sourceLines.get(i), 60) + "): " + why);
            }
            if (questions.size() < DraftReply.MIN_QUESTIONS || questions.size() > DraftReply.MAX_QUESTIONS) {
                errors.put(QUESTIONS, "Give " + DraftReply.MIN_QUESTIONS + " to " + DraftReply.MAX_QUESTIONS
                        + " ways people ask this, one a line (now " + questions.size() + ").");
            }
            return errors;
        }

        /** The proposal, the first question as the one that was asked; call only when {@link #errors()} is empty. */
        Proposal proposal(String proposer) {
            List<Source> sources = sourceLines.stream().map(DraftForm::source).flatMap(Optional::stream).toList();
            return new Proposal(questions.isEmpty() ? null : questions.get(0), topic, audience, language, title, summary, body, sources,
                    questions.size() > 1 ? questions.subList(1, questions.size()) : List.of(), proposer);
        }
    }

    /** Why a source line is not "title | https://…", or null when it is. */
    static String sourceProblem(String line) {
        int bar = line.lastIndexOf('|');
        if (bar < 0) return "write it as title | https://…";
        if (line.substring(0, bar).isBlank()) return "the title before | is missing.";
        String url = line.substring(bar + 1).strip();
        if (url.isEmpty()) return "the link after | is missing.";
        if (!SafeUrl.isSafe(url) || !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return url.toLowerCase(Locale.ROOT).startsWith("mailto:") ? "a source is a document: link to it with https://." : SafeUrl.why(url) + ".";
        }
        return null;
    }

    private static Optional<Source> source(String line) {
        if (sourceProblem(line) != null) return Optional.empty();
        int bar = line.lastIndexOf('|');
        return Optional.of(new Source(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String value(Map<String, Map<String, ViewState.Value>> values, String id) {
        ViewState.Value v = values.getOrDefault(id, Map.of()).get(id);
        return v == null || v.getValue() == null ? "" : v.getValue();
    }

    private static String selected(Map<String, Map<String, ViewState.Value>> values, String id) {
        ViewState.Value v = values.getOrDefault(id, Map.of()).get(id);
        return v == null || v.getSelectedOption() == null ? null : v.getSelectedOption().getValue();
    }

    private static InputBlock input(String id, String label, BlockElement element, String hint) {
        InputBlock.InputBlockBuilder b = InputBlock.builder().blockId(id).label(plain(label)).element(element);
        return (hint == null ? b : b.hint(plain(hint))).build();
    }

    private static StaticSelectElement select(String id, List<OptionObject> options, String initial) {
        OptionObject chosen = options.stream().filter(o -> o.getValue().equals(initial)).findFirst().orElse(null);
        return StaticSelectElement.builder().actionId(id).placeholder(plain("Choose")).options(options).initialOption(chosen).build();
    }

    private static PlainTextInputElement text(String id, boolean multiline, String initial, String placeholder) {
        return PlainTextInputElement.builder().actionId(id).multiline(multiline).maxLength(MAX_INPUT)
                .initialValue(initial == null || initial.isBlank() ? null : ReplyBlocks.clip(initial, MAX_INPUT))
                .placeholder(placeholder == null ? null : plain(placeholder)).build();
    }

    private static OptionObject option(String text, String value) {
        return OptionObject.builder().text(plain(ReplyBlocks.clip(text, MAX_OPTION))).value(value).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(SlackText.plain(text)).emoji(false).build();
    }
}
