package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dicomstandard.quotable.http.ProblemDetails;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchRequest;
import org.dicomstandard.quotable.search.SearchResult;

/** Search and completions. Translates HTTP only; {@link AnswerService} does the work. */
@Controller("/api/v1")
class SearchController {
    static final String CHANNEL = "api";
    private final AnswerService answers;
    private final Callers callers;
    private final Conditional conditional;
    private final RenderCache<Key> renders = new RenderCache<>();

    private record Key(SearchRequest request, Access access) {
    }

    SearchController(AnswerService answers, Callers callers, Conditional conditional) {
        this.answers = answers;
        this.callers = callers;
        this.conditional = conditional;
    }

    @Operation(summary = "Find the approved replies that answer a question, one per topic, best first")
    @ApiResponse(responseCode = "200", description = "The answers, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Search.class)))
    @ApiResponse(responseCode = "400", description = "Unknown audience or topic, a bad limit or language, or a question over 1,000 characters",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Get("/search")
    HttpResponse<Views.Search> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String audience,
                                      @Nullable @QueryValue String topic, @Nullable @QueryValue String lang,
                                      @Nullable @QueryValue Integer limit) {
        Access access = callers.of(request);
        Matrix matrix = answers.matrix();
        SearchRequest r = new SearchRequest(Params.query(q), Params.audience(audience, matrix), Params.topic(topic, matrix),
                Params.language(lang), Params.limit(limit, 5));
        SearchResult result = answers.ask(r, access, CHANNEL);
        if (result.confident()) answers.events().served(result.hits().get(0).snippet().id(), CHANNEL);
        RenderCache.Rendered rendered = renders.render(new Key(r, access), result, () -> conditional.serialise(view(result)));
        return conditional.json(request, rendered, access);
    }

    @Operation(summary = "Completions for a search box: titles and questions of replies the caller may see")
    @Get("/suggest")
    HttpResponse<Views.Suggest> suggest(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String lang,
                                        @Nullable @QueryValue Integer limit) {
        Access access = callers.of(request);
        String prefix = Params.query(q);
        Views.Suggest body = new Views.Suggest(prefix, answers.suggest(prefix, Params.language(lang), access, Params.limit(limit, 8))
                .stream().map(s -> new Views.Completion(s.text(), s.id())).toList());
        return conditional.json(request, body, access);
    }

    /** The API's view of an answer; the FAQ page embeds the same view for a search in its URL. */
    static Views.Search view(SearchResult result) {
        return new Views.Search(result.query(), result.correctedQuery(), result.total(), result.confident(), result.confidence(),
                result.hits().stream().map(SearchController::hit).toList());
    }

    private static Views.Hit hit(SearchHit h) {
        var s = h.snippet();
        return new Views.Hit(s.id(), s.topic(), s.audience(), s.language(), s.title(), s.summary(), h.score(), h.highlight(),
                h.confident(), h.confidence(), h.audienceFallback(), h.languageFallback());
    }
}
