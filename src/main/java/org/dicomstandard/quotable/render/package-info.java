/** Rendering of a reply (plain text, Markdown, HTML, word count), shared by every channel. */
package org.dicomstandard.quotable.render;
