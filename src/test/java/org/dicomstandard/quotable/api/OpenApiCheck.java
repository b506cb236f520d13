package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Checks a JSON value against a schema of the served OpenAPI document, field by field. */
public final class OpenApiCheck {
    private final JsonNode openapi;

    public OpenApiCheck(JsonNode openapi) {
        this.openapi = openapi;
    }

    /** The schema of a component, e.g. "Views.Reply". */
    public JsonNode component(String name) {
        return openapi.path("components").path("schemas").path(name);
    }

    /** Every way {@code value} departs from {@code schema}; empty when it conforms. */
    public List<String> errors(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (schema.has("$ref")) {
            check(value, component(schema.get("$ref").asText().substring("#/components/schemas/".length())), at, errors);
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) errors.add(at + " is null but not nullable");
            return;
        }
        if (schema.has("allOf")) { // a nullable reference is written as nullable + allOf: [$ref]
            for (JsonNode part : schema.get("allOf")) check(value, part, at, errors);
            return;
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) { errors.add(at + " should be an object"); return; }
                JsonNode props = schema.path("properties");
                schema.path("required").forEach(req -> {
                    if (!value.has(req.asText())) errors.add(at + "." + req.asText() + " is required");
                });
                for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (!props.has(field)) errors.add(at + "." + field + " is not documented");
                    else check(value.get(field), props.get(field), at + "." + field, errors);
                }
            }
            case "array" -> {
                if (!value.isArray()) { errors.add(at + " should be an array"); return; }
                for (int i = 0; i < value.size(); i++) check(value.get(i), schema.path("items"), at + "[" + i + "]", errors);
            }
            case "string" -> { if (!value.isTextual()) errors.add(at + " should be a string"); }
            case "integer" -> { if (!value.isIntegralNumber()) errors.add(at + " should be an integer"); }
            case "number" -> { if (!value.isNumber()) errors.add(at + " should be a number"); }
            case "boolean" -> { if (!value.isBoolean()) errors.add(at + " should be a boolean"); }
            default -> errors.add(at + " has an unknown schema type " + type);
        }
    }
}
