package vn.datamap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.web.ApiException;

/** A small JSON object in a request body, read field by field with a 400 for anything amiss. */
final class JsonRequest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonNode body;

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    /** Parses {@code bytes} as a JSON object that has no field but {@code fields}. */
    static JsonRequest parse(byte[] bytes, Set<String> fields) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badRequest("The request needs a JSON object, e.g. {\"password\": \"…\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!fields.contains(name)) {
                throw ApiException.badRequest("Unknown field '" + name + "'; expected " + String.join(", ", fields.stream().sorted().toList()));
            }
        }
        return new JsonRequest(body);
    }

    /** A string field; null when absent or null. */
    String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return value.asString();
    }

    /** An array of strings; null when absent or null. */
    List<String> texts(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiException.badRequest("'" + field + "' must be an array of strings, e.g. [\"mps\"]");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw ApiException.badRequest("'" + field + "' must be an array of strings, e.g. [\"mps\"]");
            }
            texts.add(item.asString());
        }
        return texts;
    }
}
