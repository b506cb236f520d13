/** Markdown as the library writes it: one parser, one safe-URL rule, plain text, HTML and word counts. */
package org.dicomstandard.quotable.text;
