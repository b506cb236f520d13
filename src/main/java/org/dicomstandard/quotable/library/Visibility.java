package org.dicomstandard.quotable.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may read a reply: the public (FAQ, public API) or only the secretariat's bots and token holders. */
public enum Visibility {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("internal") INTERNAL
}
