/** The communications team's view of the events: most asked questions, most used replies, what did not help, unanswered questions grouped; as text, Markdown, JSON and Slack mrkdwn. */
package org.dicomstandard.quotable.report;
