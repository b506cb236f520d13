/** Formats of a whole reply that every caller shares (plain text, Markdown, word count); each channel's own markup lives in its package. */
package org.dicomstandard.quotable.render;
