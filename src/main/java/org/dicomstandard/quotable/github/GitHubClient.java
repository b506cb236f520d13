package org.dicomstandard.quotable.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few GitHub REST calls Quotable makes, for one repository: a pull request and its reviews (to
 * check approvals), and a branch, a file and a pull request (to propose a reply). Every failure is a
 * {@link GitHubException} whose message names the call and never the token.
 */
public final class GitHubClient {
    public static final String DEFAULT_API = "https://api.github.com";
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough for any real pull request; a bound, so a misbehaving server cannot keep us paging. */
    private static final int MAX_PAGES = 20;

    private final String api;
    private final String repo;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param api     the API's base URL ({@link #DEFAULT_API}, or a GitHub Enterprise or test server)
     * @param repo    {@code owner/name}
     * @param token   a token that may read (and, to propose replies, write) the repository
     * @param timeout how long one call may take
     */
    public GitHubClient(String api, String repo, String token, Duration timeout) {
        if (repo == null || !REPO.matcher(repo).matches()) {
            throw new IllegalArgumentException("the repository must be owner/name, not '" + repo + "'");
        }
        if (token == null || token.isBlank()) throw new IllegalArgumentException("a GitHub token is needed");
        this.api = (api == null || api.isBlank() ? DEFAULT_API : api).replaceAll("/+$", "");
        this.repo = repo;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String repository() {
        return repo;
    }

    /** Every review of a pull request, all pages, oldest first. */
    public List<Review> reviews(int pullRequest) {
        List<Review> all = new ArrayList<>();
        String url = api + "/repos/" + repo + "/pulls/" + pullRequest + "/reviews?per_page=100";
        for (int page = 0; url != null; page++) {
            if (page == MAX_PAGES) throw new GitHubException(0, "GitHub kept paging the reviews of pull request #" + pullRequest);
            HttpResponse<String> r = send("GET", url, null, "the reviews of pull request #" + pullRequest);
            try {
                all.addAll(Review.listFrom(JSON.readTree(r.body())));
            } catch (IOException | IllegalArgumentException e) {
                throw new GitHubException(r.statusCode(), "GitHub's reviews of pull request #" + pullRequest + " are not readable: " + e.getMessage());
            }
            url = r.headers().firstValue("Link").map(GitHubClient::next).filter(u -> u.startsWith(api + "/")).orElse(null);
        }
        return all;
    }

    public PullRequest pull(int number) {
        return pullFrom(json("GET", "/pulls/" + number, null, "pull request #" + number));
    }

    public String defaultBranch() {
        return text(json("GET", "", null, "the repository " + repo), "default_branch");
    }

    /** The commit a branch points at. */
    public String branchHead(String branch) {
        return text(json("GET", "/git/ref/heads/" + path(branch), null, "the branch " + branch).path("object"), "sha");
    }

    public void createBranch(String branch, String sha) {
        ObjectNode body = JSON.createObjectNode().put("ref", "refs/heads/" + branch).put("sha", sha);
        json("POST", "/git/refs", body, "a new branch " + branch);
    }

    /** The blob id of a file on a branch, or empty when the file does not exist there. */
    public Optional<String> fileSha(String file, String ref) {
        String url = api + "/repos/" + repo + "/contents/" + path(file) + "?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8);
        HttpResponse<String> r = send("GET", url, null, "the file " + file, 404);
        return r.statusCode() == 404 ? Optional.empty() : Optional.of(text(read(r), "sha"));
    }

    /** Creates the file on a branch, or replaces it when {@code sha} (its current blob id) is given. */
    public void putFile(String file, String branch, String message, byte[] content, String sha) {
        ObjectNode body = JSON.createObjectNode().put("message", message).put("branch", branch)
                .put("content", Base64.getEncoder().encodeToString(content));
        if (sha != null) body.put("sha", sha);
        json("PUT", "/contents/" + path(file), body, "the file " + file + " on " + branch);
    }

    public PullRequest openPull(String title, String head, String base, String description) {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("head", head).put("base", base).put("body", description);
        return pullFrom(json("POST", "/pulls", body, "a pull request from " + head));
    }

    private JsonNode json(String method, String repoPath, JsonNode body, String what) {
        return read(send(method, api + "/repos/" + repo + repoPath, body, what));
    }

    private HttpResponse<String> send(String method, String url, JsonNode body, String what, int... alsoOk) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "quotable")
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        String call = method + " " + what;
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new GitHubException(0, "GitHub did not answer within " + timeout.toSeconds() + " s (" + call + "); try again later");
        } catch (IOException e) {
            throw new GitHubException(0, "cannot reach GitHub at " + api + " (" + call + "): " + safe(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException(0, "interrupted while asking GitHub for " + what);
        }
        int status = r.statusCode();
        if (status >= 200 && status < 300) return r;
        for (int ok : alsoOk) if (status == ok) return r;
        throw new GitHubException(status, "GitHub answered " + status + " to " + call + ": " + reason(r) + hint(status));
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> ". The token is not valid (expired or mistyped)";
            case 403 -> ". The token may lack permission on the repository, or the rate limit is used up";
            case 404 -> ". Check the repository name and the number, and that the token can see the repository";
            case 422 -> ". GitHub refused the request as it stands (does the branch or pull request exist already?)";
            default -> status >= 500 ? ". GitHub failed; try again later" : "";
        };
    }

    /** GitHub's own short explanation, cut short and with the token removed should it ever echo it. */
    private String reason(HttpResponse<String> r) {
        String message;
        try {
            message = JSON.readTree(r.body()).path("message").asText("");
        } catch (IOException e) {
            message = "";
        }
        message = message.isBlank() ? "(no message)" : message;
        return safe(message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    private String safe(String text) {
        return text.replace(token, "(token)");
    }

    private JsonNode read(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new GitHubException(r.statusCode(), "GitHub's answer to " + r.request().method() + " " + r.uri().getPath() + " is not JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        String v = node.path(field).asText("");
        if (v.isEmpty()) throw new GitHubException(200, "GitHub's answer has no " + field);
        return v;
    }

    private static PullRequest pullFrom(JsonNode pr) {
        return new PullRequest(pr.path("number").asInt(), pr.path("user").path("login").asText(""),
                pr.path("head").path("sha").asText(""), pr.path("html_url").asText(""));
    }

    private static String next(String link) {
        Matcher m = NEXT.matcher(link);
        return m.find() ? m.group(1) : null;
    }

    /** A path for a URL: each segment encoded, the slashes kept. */
    private static String path(String p) {
        StringBuilder sb = new StringBuilder();
        for (String segment : p.split("/")) {
            if (sb.length() > 0) sb.append('/');
            sb.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "GitHubClient[" + api + ", " + repo + "]";
    }
}
