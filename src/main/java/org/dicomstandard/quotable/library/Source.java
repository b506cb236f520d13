package org.dicomstandard.quotable.library;

/** A document a reply's facts come from. */
public record Source(String title, String url) {
}
