/** From merged pull request to live answer: git clone and fast-forward, the GitHub webhook, provenance and review reminders. */
package org.dicomstandard.quotable.sync;
