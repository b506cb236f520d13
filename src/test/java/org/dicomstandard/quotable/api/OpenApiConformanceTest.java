package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;

/** Real responses match the OpenAPI document served at /openapi.yml, field by field. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceTest extends ApiFixture {
    @Inject
    @Client("/")
    HttpClient http;
    BlockingHttpClient client;
    JsonNode openapi;

    @BeforeAll
    void load() throws Exception {
        client = http.toBlocking();
        Reply doc = send(client, HttpRequest.GET("/openapi.yml"));
        assertThat(doc.status()).isEqualTo(200);
        openapi = new ObjectMapper(new YAMLFactory()).readTree(doc.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "/api/v1/search, /api/v1/search?q=does+dicom+support+encryption&audience=researchers&lang=fr",
            "/api/v1/search, /api/v1/search?q=zzzz",
            "/api/v1/search, /api/v1/search?q=dicom&limit=0",
            "/api/v1/snippets, /api/v1/snippets",
            "/api/v1/snippets/{id}, /api/v1/snippets/why-dicom-security--journalists",
            "/api/v1/snippets/{id}, /api/v1/snippets/no-such-reply",
            "/api/v1/matrix, /api/v1/matrix",
            "/api/v1/suggest, /api/v1/suggest?q=warum",
            "/api/v1/ping, /api/v1/ping",
            "/api/v1/misses, /api/v1/misses?since=7d",
            "/api/v1/report, /api/v1/report?since=7d",
            "/api/v1/due, /api/v1/due?within=400d"})
    void responses_match_the_documented_schema(String template, String url) {
        Reply r = send(client, withToken(HttpRequest.GET(url)));
        JsonNode operation = openapi.path("paths").path(template).path("get");
        assertThat(operation.isMissingNode()).as("documented: " + template).isFalse();
        JsonNode response = operation.path("responses").path(Integer.toString(r.status()));
        assertThat(response.isMissingNode()).as(template + " documents status " + r.status()).isFalse();
        String type = r.header("Content-Type").split(";")[0];
        JsonNode schema = response.path("content").path(type).path("schema");
        assertThat(schema.isMissingNode()).as(template + " documents " + type + " for " + r.status()).isFalse();
        assertThat(new OpenApiCheck(openapi).errors(r.json(), schema)).isEmpty();
    }
}
