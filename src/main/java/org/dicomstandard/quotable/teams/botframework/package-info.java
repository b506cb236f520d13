/** Teams over the Bot Framework protocol: signed Activities in, replies out through the Connector API; what to say is behind {@link org.dicomstandard.quotable.teams.botframework.Answering}. */
package org.dicomstandard.quotable.teams.botframework;
