/** The Slack bot: Bolt app and its Micronaut adapter, the slash command, mentions, DMs, Block Kit replies and their mrkdwn. */
package org.dicomstandard.quotable.slack;
