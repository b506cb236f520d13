/** Propose a reply from chat: a draft validated by the library's rules, committed on a new branch, opened as a pull request. */
package org.dicomstandard.quotable.proposals;
