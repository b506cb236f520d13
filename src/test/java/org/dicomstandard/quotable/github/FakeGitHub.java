package org.dicomstandard.quotable.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local GitHub REST API for one repository, enough for Quotable: pull requests and their reviews
 * (paged two at a time, so paging is exercised), the repository, refs, contents and new pull requests.
 * It insists on the bearer token, and can fail every call or answer slowly.
 */
public final class FakeGitHub implements AutoCloseable {
    public static final String REPO = "wg14/library";
    public static final String TOKEN = "ghs_fake-token-never-printed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 2;

    private final HttpServer server;
    private final Map<Integer, ArrayNode> reviews = new ConcurrentHashMap<>();
    private final Map<Integer, ObjectNode> pulls = new ConcurrentHashMap<>();
    /** branch -> path -> content; a branch's head is a made-up sha from its name and file count. */
    public final Map<String, Map<String, String>> branches = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;
    private volatile Duration delay = Duration.ZERO;

    public FakeGitHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::handle);
        server.start();
        branches.put("main", new ConcurrentHashMap<>());
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public GitHubClient client(Duration timeout) {
        return new GitHubClient(url(), REPO, TOKEN, timeout);
    }

    public void pull(int number, String author, String headSha) {
        ObjectNode pr = JSON.createObjectNode().put("number", number).put("html_url", "https://github.com/" + REPO + "/pull/" + number);
        pr.putObject("user").put("login", author);
        pr.putObject("head").put("sha", headSha);
        pulls.put(number, pr);
    }

    public void review(int pr, String login, String state, String commit, String submittedAt) {
        ObjectNode r = reviews.computeIfAbsent(pr, n -> JSON.createArrayNode()).addObject()
                .put("state", state).put("commit_id", commit).put("submitted_at", submittedAt);
        r.putObject("user").put("login", login);
    }

    /** Every call answers this status from now on (0: answer normally). */
    public void failWith(int status) {
        failWith = status;
    }

    public void delay(Duration d) {
        delay = d;
    }

    private static final Pattern REVIEWS = Pattern.compile("/pulls/(\\d+)/reviews");
    private static final Pattern PULL = Pattern.compile("/pulls/(\\d+)");

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
        requests.add(method + " " + path);
        try {
            if (!delay.isZero()) Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String prefix = "/repos/" + REPO;
        if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, message("Bad credentials"), null);
        } else if (failWith != 0) {
            send(ex, failWith, message(failWith == 404 ? "Not Found" : "Something went wrong"), null);
        } else if (!path.startsWith(prefix)) {
            send(ex, 404, message("Not Found"), null);
        } else {
            route(ex, method, path.substring(prefix.length()), query);
        }
    }

    private void route(HttpExchange ex, String method, String path, String query) throws IOException {
        Matcher m;
        JsonNode body = method.equals("GET") ? null : JSON.readTree(ex.getRequestBody());
        if (method.equals("GET") && (m = REVIEWS.matcher(path)).matches()) {
            int pr = Integer.parseInt(m.group(1));
            ArrayNode all = reviews.getOrDefault(pr, JSON.createArrayNode());
            int page = query.matches(".*\\bpage=\\d+.*") ? Integer.parseInt(query.replaceAll(".*\\bpage=(\\d+).*", "$1")) : 1;
            ArrayNode slice = JSON.createArrayNode();
            for (int i = (page - 1) * PAGE; i < Math.min(all.size(), page * PAGE); i++) slice.add(all.get(i));
            String link = page * PAGE < all.size()
                    ? "<" + url() + "/repos/" + REPO + "/pulls/" + pr + "/reviews?per_page=" + PAGE + "&page=" + (page + 1) + ">; rel=\"next\"" : null;
            send(ex, pulls.containsKey(pr) ? 200 : 404, pulls.containsKey(pr) ? slice : message("Not Found"), link);
        } else if (method.equals("GET") && (m = PULL.matcher(path)).matches()) {
            ObjectNode pr = pulls.get(Integer.parseInt(m.group(1)));
            send(ex, pr == null ? 404 : 200, pr == null ? message("Not Found") : pr, null);
        } else if (method.equals("GET") && path.isEmpty()) {
            send(ex, 200, JSON.createObjectNode().put("full_name", REPO).put("default_branch", "main"), null);
        } else if (method.equals("GET") && path.startsWith("/git/ref/heads/")) {
            String branch = path.substring("/git/ref/heads/".length());
            ObjectNode ref = JSON.createObjectNode().put("ref", "refs/heads/" + branch);
            ref.putObject("object").put("sha", sha(branch));
            send(ex, branches.containsKey(branch) ? 200 : 404, branches.containsKey(branch) ? ref : message("Not Found"), null);
        } else if (method.equals("POST") && path.equals("/git/refs")) {
            String branch = body.path("ref").asText().replaceFirst("^refs/heads/", "");
            if (branches.containsKey(branch)) {
                send(ex, 422, message("Reference already exists"), null);
                return;
            }
            branches.put(branch, new ConcurrentHashMap<>(branches.get("main")));
            send(ex, 201, JSON.createObjectNode().put("ref", "refs/heads/" + branch), null);
        } else if (path.startsWith("/contents/")) {
            contents(ex, method, path.substring("/contents/".length()), query, body);
        } else if (method.equals("POST") && path.equals("/pulls")) {
            int number = 100 + pulls.size();
            pull(number, "quotable-bot", sha(body.path("head").asText()));
            pulls.get(number).put("title", body.path("title").asText()).put("body", body.path("body").asText())
                    .put("base", body.path("base").asText()).put("head_ref", body.path("head").asText());
            send(ex, 201, pulls.get(number), null);
        } else {
            send(ex, 404, message("Not Found"), null);
        }
    }

    private void contents(HttpExchange ex, String method, String file, String query, JsonNode body) throws IOException {
        String branch = method.equals("GET") ? query.replaceAll(".*\\bref=([^&]+).*", "$1") : body.path("branch").asText();
        Map<String, String> files = branches.get(branch);
        if (files == null) {
            send(ex, 404, message("No commit found for the ref " + branch), null);
        } else if (method.equals("GET")) {
            String content = files.get(file);
            send(ex, content == null ? 404 : 200, content == null ? message("Not Found")
                    : JSON.createObjectNode().put("path", file).put("sha", blob(content)), null);
        } else if (files.containsKey(file) && !blob(files.get(file)).equals(body.path("sha").asText())) {
            send(ex, 422, message("sha wasn't supplied or does not match"), null);
        } else {
            files.put(file, new String(Base64.getDecoder().decode(body.path("content").asText()), StandardCharsets.UTF_8));
            send(ex, 201, JSON.createObjectNode().put("path", file), null);
        }
    }

    /** The pull requests opened through the API, as GitHub would list them. */
    public List<JsonNode> openedPulls() {
        List<JsonNode> opened = new ArrayList<>();
        pulls.values().stream().filter(p -> p.has("head_ref")).forEach(opened::add);
        return opened;
    }

    private String sha(String branch) {
        Map<String, String> files = branches.getOrDefault(branch, new HashMap<>());
        return String.format("%040x", Math.abs((long) (branch + files.size()).hashCode()));
    }

    private static String blob(String content) {
        return String.format("%040x", Math.abs((long) content.hashCode()));
    }

    private static ObjectNode message(String text) {
        return JSON.createObjectNode().put("message", text);
    }

    private static void send(HttpExchange ex, int status, JsonNode body, String link) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (link != null) ex.getResponseHeaders().set("Link", link);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
