package org.dicomstandard.quotable.teams.botframework;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What the bot says, as the transport needs it: the answering side of Teams, kept apart from the
 * protocol (tokens, Activities, the Connector). Messages and attachments are plain maps ready for a JSON
 * writer: a message is {@code {"type":"message", "text"|"attachments": …}}, an attachment is
 * {@code {"contentType", "content", "preview"}}. No method throws; a failure becomes a message that says so.
 */
public interface Answering {

    /** The reply to a message a person wrote to the bot, as Teams sends the text (mentions and markup included). */
    Map<String, Object> message(@Nullable String teamsText);

    /**
     * The reply to a press of a card's {@code Action.Submit} button: its data, with any inputs of the card
     * merged in by Teams. Null when there is nothing to say, or the data is not from one of this bot's cards.
     */
    @Nullable
    Map<String, Object> submit(Map<String, Object> data);

    /** Compose-box search: results {@code skip} to {@code skip + count} for the query as typed, each with a preview. */
    List<Map<String, Object>> search(@Nullable String query, int skip, int count);

    /** The card to insert when a search result is chosen, from the value its preview carried; null when it is gone. */
    @Nullable
    Map<String, Object> chosen(Map<String, Object> previewValue);
}
