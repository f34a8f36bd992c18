package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Typed reads of one JSON object of a request; a missing key is absent, a wrong type or unknown key is a 400. */
final class BodyReader {
    /** Lists and maps in a request longer than this are refused (no query needs that many fields or filters). */
    static final int MAX_ITEMS = 1000;

    private final JsonNode node;
    private final String what;

    BodyReader(JsonNode node, String what, Set<String> keys) {
        if (node == null || !node.isObject()) {
            throw ApiErrors.badRequest(what + " must be a JSON object");
        }
        this.node = node;
        this.what = what;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw ApiErrors.badRequest(what + " has an unknown key '" + name + "'; known keys: "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
        }
    }

    Optional<String> text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(key, "a string");
        }
        return Optional.of(value.asText());
    }

    String requiredText(String key) {
        return text(key).orElseThrow(() -> ApiErrors.badRequest(what + " needs '" + key + "'"));
    }

    OptionalInt integer(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(key, "a whole number");
        }
        return OptionalInt.of(value.asInt());
    }

    List<JsonNode> array(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(key, "an array");
        }
        if (value.size() > MAX_ITEMS) {
            throw ApiErrors.badRequest(what + " '" + key + "' has more than " + MAX_ITEMS + " entries");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(key)) {
            if (!item.isTextual()) {
                throw wrongType(key, "an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** An object of name → scalar (numbers and booleans read as their text). */
    Map<String, String> textMap(String key) {
        Map<String, String> map = new LinkedHashMap<>();
        object(key).forEach((name, value) -> {
            if (!value.isValueNode() || value.isNull()) {
                throw wrongType(key, "an object of strings");
            }
            map.put(name, value.asText());
        });
        return map;
    }

    /** Filters: field → an expression, or an array of expressions that are ANDed. */
    Map<String, List<String>> filterMap(String key) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        object(key).forEach((name, value) -> {
            List<String> expressions = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> expressions.add(scalar(key, item)));
            } else {
                expressions.add(scalar(key, value));
            }
            map.put(name, expressions);
        });
        return map;
    }

    /** An object of name → any JSON value (the drill's row values). */
    Map<String, JsonNode> object(String key) {
        JsonNode value = node.get(key);
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw wrongType(key, "an object");
        }
        if (value.size() > MAX_ITEMS) {
            throw ApiErrors.badRequest(what + " '" + key + "' has more than " + MAX_ITEMS + " entries");
        }
        value.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private String scalar(String key, JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            throw wrongType(key, "an object of filter expressions (strings)");
        }
        return value.asText();
    }

    private RuntimeException wrongType(String key, String expected) {
        return ApiErrors.badRequest(what + " '" + key + "' must be " + expected);
    }
}
