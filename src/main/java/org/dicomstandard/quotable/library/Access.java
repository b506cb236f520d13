package org.dicomstandard.quotable.library;

/** Who is asking: the public (FAQ page, API without token) or the secretariat (bots, API with token). */
public enum Access {
    PUBLIC,
    INTERNAL
}
