package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The journalist FAQ page: static HTML whose script calls the public API (assets under /assets). */
@Controller
class FaqController {
    private final byte[] page;

    FaqController() {
        try (InputStream in = FaqController.class.getClassLoader().getResourceAsStream("public/faq.html")) {
            if (in == null) throw new IllegalStateException("public/faq.html is missing from the build");
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Hidden
    @Get(value = "/faq", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> faq() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header("Cache-Control", "public, max-age=300");
    }
}
