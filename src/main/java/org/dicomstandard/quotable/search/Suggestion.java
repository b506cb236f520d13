package org.dicomstandard.quotable.search;

/** A completion for a search box: a title or question of a reply the caller may see. */
public record Suggestion(String text, String id) {
}
