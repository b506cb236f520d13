package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.AnswerService;

import java.util.ArrayList;
import java.util.List;

/** The communications matrix with the ids of the replies the caller may see in each cell. */
@Controller("/api/v1/matrix")
class MatrixController {
    private final AnswerService answers;
    private final Callers callers;
    private final Conditional conditional;

    MatrixController(AnswerService answers, Callers callers, Conditional conditional) {
        this.answers = answers;
        this.callers = callers;
        this.conditional = conditional;
    }

    @Operation(summary = "Audiences × topics, with the ids of the replies in each cell")
    @Get
    HttpResponse<Views.Matrix> matrix(HttpRequest<?> request) {
        Access access = callers.of(request);
        return conditional.json(request, view(access), access);
    }

    /** The matrix as this caller may see it; the FAQ page carries the public one in its HTML. */
    Views.Matrix view(Access access) {
        Matrix m = answers.matrix();
        List<Snippet> replies = answers.all(access);
        List<Views.Cell> cells = new ArrayList<>();
        for (String topic : m.topics().keySet()) {
            for (String audience : m.audiences().keySet()) {
                List<String> ids = replies.stream().filter(s -> s.topic().equals(topic) && s.audience().equals(audience))
                        .map(Snippet::id).toList();
                cells.add(new Views.Cell(topic, audience, ids));
            }
        }
        return new Views.Matrix(
                m.audiences().entrySet().stream().map(e -> new Views.Audience(e.getKey(), e.getValue().label(), e.getValue().description())).toList(),
                m.topics().entrySet().stream().map(e -> new Views.Topic(e.getKey(), e.getValue().question())).toList(),
                cells, m.pressContact().map(c -> new Views.Contact(c.name(), c.url())).orElse(null));
    }
}
