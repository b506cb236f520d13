package org.dicomstandard.quotable.github;

/**
 * The parts of a pull request that approvals and proposals need.
 *
 * @param number  its number
 * @param author  the login of whoever opened it (who cannot approve it)
 * @param headSha the commit at the tip of its branch
 * @param url     its page on GitHub
 */
public record PullRequest(int number, String author, String headSha, String url) {
}
