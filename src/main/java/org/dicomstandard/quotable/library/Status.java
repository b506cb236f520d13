package org.dicomstandard.quotable.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a reply is in its life: only approved replies are ever served. */
public enum Status {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("approved") APPROVED,
    @JsonProperty("retired") RETIRED
}
