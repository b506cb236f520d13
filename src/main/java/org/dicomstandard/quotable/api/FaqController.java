package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.SearchRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The journalist FAQ page. Its HTML carries the first data the script needs (the public matrix,
 * the asked audience's replies in the asked language and in English, and the answer to a search in
 * the URL) as a JSON data block, so a browser fetches only the script and the style sheet after the
 * HTML. The page is the same for everyone: a token sent here changes nothing, so any cache may keep it.
 */
@Controller
class FaqController {
    static final String CHANNEL = "faq";
    static final String DEFAULT_AUDIENCE = "journalists";
    static final String DEFAULT_LANGUAGE = "en";
    /** As many topics as the page's own searches ask for (faq.js), so both show the same answers. */
    static final int SEARCH_LIMIT = 10;
    static final String DATA_SLOT = "@FAQ_DATA@";
    private static final MediaType HTML = MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8");

    /**
     * What faq.js reads from the page before it asks the API for anything: the replies in {@code lang}
     * and in English (its fallback); {@code languages} says which others the audience has, a request away.
     */
    @Serdeable
    record Data(String audience, String lang, List<String> languages, Views.Matrix matrix, List<Views.Reply> snippets,
                @Nullable Search search) {
    }

    /** A search answered for the URL's q, audience and language; the script uses it when its own reading of the URL agrees. */
    @Serdeable
    record Search(String q, String audience, String lang, Views.Search result) {
    }

    private final String page;
    private final AnswerService answers;
    private final MatrixController matrix;
    private final ReplyViews views;
    private final Conditional conditional;

    FaqController(AnswerService answers, MatrixController matrix, ReplyViews views, Conditional conditional) {
        this.answers = answers;
        this.matrix = matrix;
        this.views = views;
        this.conditional = conditional;
        this.page = template();
    }

    @Hidden
    @Get(value = "/faq", produces = MediaType.TEXT_HTML)
    HttpResponse<String> faq(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String audience,
                             @Nullable @QueryValue String lang) {
        String a = audience(audience);
        List<Views.Reply> replies = views.replies(Access.PUBLIC, a, null, null);
        String l = language(lang, replies);
        List<String> languages = replies.stream().map(r -> r.language().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        List<Views.Reply> shown = replies.stream()
                .filter(r -> r.language().equalsIgnoreCase(l) || r.language().equalsIgnoreCase(DEFAULT_LANGUAGE)).toList();
        Data data = new Data(a, l, languages, matrix.view(Access.PUBLIC), shown, search(q, a, l));
        return conditional.text(request, page.replace(DATA_SLOT, inline(conditional.serialise(data))), HTML, Access.PUBLIC);
    }

    /** The URL's audience when it has public replies; otherwise the journalists', the page's default (faq.js decides alike). */
    private String audience(@Nullable String asked) {
        Set<String> served = answers.all(Access.PUBLIC).stream().map(Snippet::audience).collect(Collectors.toSet());
        if (asked != null && served.contains(asked)) return asked;
        if (served.contains(DEFAULT_AUDIENCE) || served.isEmpty()) return DEFAULT_AUDIENCE;
        return answers.matrix().audiences().keySet().stream().filter(served::contains).findFirst().orElse(DEFAULT_AUDIENCE);
    }

    private static String language(@Nullable String asked, List<Views.Reply> replies) {
        if (asked == null) return DEFAULT_LANGUAGE;
        return replies.stream().map(Views.Reply::language).filter(asked::equalsIgnoreCase).findFirst()
                .map(l -> l.toLowerCase(Locale.ROOT)).orElse(DEFAULT_LANGUAGE);
    }

    private Search search(@Nullable String q, String audience, String lang) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > Params.MAX_QUERY) return null; // the page says why and shows every answer
        var result = answers.ask(new SearchRequest(query, audience, null, lang, SEARCH_LIMIT), Access.PUBLIC, CHANNEL);
        return new Search(query, audience, lang, SearchController.view(result));
    }

    /**
     * JSON that can sit inside a script data block: no {@code <} may close the element or open a
     * comment there, whatever a reply's text holds. The escapes are still the same JSON.
     */
    static String inline(byte[] json) {
        String s = new String(json, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.length() + 256);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String template() {
        try (InputStream in = FaqController.class.getClassLoader().getResourceAsStream("public/faq.html")) {
            if (in == null) throw new IllegalStateException("public/faq.html is missing from the build");
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!html.contains(DATA_SLOT)) throw new IllegalStateException("public/faq.html has no " + DATA_SLOT + " for the page's data");
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
