/** The Microsoft Teams outgoing webhook: HMAC-signed messages in, approved replies out as Adaptive Cards. */
package org.dicomstandard.quotable.teams;
