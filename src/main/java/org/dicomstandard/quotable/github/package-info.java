/** A small GitHub REST client (reviews, pull requests, branches, file contents) over java.net.http, that never shows its token. */
package org.dicomstandard.quotable.github;
