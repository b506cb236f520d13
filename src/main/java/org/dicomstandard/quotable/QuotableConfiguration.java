package org.dicomstandard.quotable;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Settings of the service, from {@code application.yml} and the environment
 * ({@code QUOTABLE_LIBRARY}, {@code QUOTABLE_DATA}, {@code QUOTABLE_API_TOKEN}, …).
 *
 * @param library               the library root (audiences.yaml, snippets/)
 * @param data                  where the service keeps what it learns (the unanswered-questions log)
 * @param apiToken              the bearer token that reads internal replies through the API; none: no one can
 * @param hideOverdueFromPublic whether a reply past its review date disappears from public channels
 * @param watch                 whether file changes under the library reload it
 * @param publicUrl             the address the FAQ page is reached at, for links in chat answers
 */
@ConfigurationProperties("quotable")
public record QuotableConfiguration(
        @Bindable(defaultValue = ".") String library,
        @Bindable(defaultValue = "data") String data,
        @Nullable String apiToken,
        @Bindable(defaultValue = "true") boolean hideOverdueFromPublic,
        @Bindable(defaultValue = "true") boolean watch,
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl) {

    public Path libraryPath() {
        return Path.of(library).toAbsolutePath().normalize();
    }

    public Path dataPath() {
        return Path.of(data).toAbsolutePath().normalize();
    }

    public boolean hasApiToken() {
        return apiToken != null && !apiToken.isBlank();
    }

    /** The reply's place on the FAQ page, for links in chat answers and the API. */
    public String faqUrl(String id) {
        return publicUrl.replaceAll("/+$", "") + "/faq#" + id;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "QuotableConfiguration[library=" + library + ", data=" + data + ", apiToken=" + (hasApiToken() ? "(set)" : "(none)")
                + ", hideOverdueFromPublic=" + hideOverdueFromPublic + ", watch=" + watch + ", publicUrl=" + publicUrl + "]";
    }
}
