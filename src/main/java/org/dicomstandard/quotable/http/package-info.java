/** Errors at the HTTP edge, for every controller (API, Slack, Teams, GitHub): one problem type (RFC 9457), mapped once. */
package org.dicomstandard.quotable.http;
