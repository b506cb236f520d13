package org.dicomstandard.quotable.teams.botframework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The part of a Bot Framework Activity the bot reads; Teams sends much more, which is ignored.
 *
 * @param type       {@code message}, {@code invoke}, {@code conversationUpdate}, …
 * @param id         the Activity's id: a reply names it
 * @param name       an invoke's name, e.g. {@code composeExtension/query}
 * @param serviceUrl where replies to this conversation go; must equal the token's {@code serviceUrl}
 * @param channelId  {@code msteams}; checked against the signing key's endorsements
 * @param value      a card button's data, or an invoke's parameters
 */
@Serdeable
record Activity(@Nullable String type, @Nullable String id, @Nullable String name, @Nullable String serviceUrl,
                @Nullable String channelId, @Nullable Account from, @Nullable Account recipient,
                @Nullable Conversation conversation, @Nullable String text, @Nullable Object value) {

    /** A user or the bot. */
    @Serdeable
    record Account(@Nullable String id, @Nullable String name) {
    }

    @Serdeable
    record Conversation(@Nullable String id) {
    }

    /** {@link #value} when it is a JSON object (a button's data, an invoke's parameters), else null. */
    @SuppressWarnings("unchecked")
    Map<String, Object> valueObject() {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Whether a reply can be addressed to this Activity's conversation. */
    boolean repliable() {
        return id != null && !id.isBlank() && conversation != null && conversation.id() != null && !conversation.id().isBlank();
    }
}
