package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that micronaut-openapi generates from the controllers at compile time. */
@Controller
class OpenApiController {
    static final String RESOURCE = "META-INF/swagger/quotable-1.yml";
    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the build did not generate " + RESOURCE);
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Hidden
    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openapi() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml")).header("Cache-Control", "public, max-age=300");
    }
}
