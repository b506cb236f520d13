/** The Slack bot: Bolt app and its Micronaut adapter, the slash command, mentions, DMs and Block Kit replies. */
package org.dicomstandard.quotable.slack;
