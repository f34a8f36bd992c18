package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reading original events from log files, and the comparison the store can promise (see web CONTEXT.md). */
final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {}

    /** Events of a CloudTrail file: {"Records": [...]}, a JSON array, one object, or JSON lines; else none. */
    static List<ObjectNode> read(Path file) {
        String text;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<ObjectNode> events = new ArrayList<>();
        try {
            collect(MAPPER.readTree(text), events);
            return events;
        } catch (IOException e) {
            for (String line : text.split("\n")) {
                try {
                    collect(MAPPER.readTree(line), events);
                } catch (IOException ignored) {
                    // not an event line
                }
            }
            return events;
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> events) {
        if (node instanceof ObjectNode object && object.get("Records") instanceof ArrayNode records) {
            records.forEach(record -> collect(record, events));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> collect(element, events));
        } else if (node instanceof ObjectNode object && object.has("eventID")) {
            events.add(object);
        }
    }

    /** A copy without null-valued members: the store cannot tell a null from an absent key. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = MAPPER.createArrayNode();
            array.forEach(element -> copy.add(withoutNulls(element)));
            return copy;
        }
        return node;
    }

    /** A copy whose resources[] elements keep only the schema's keys (ARN, accountId, type). */
    static JsonNode withoutUnknownResourceKeys(JsonNode event) {
        JsonNode copy = event.deepCopy();
        if (copy.get("resources") instanceof ArrayNode resources) {
            resources.forEach(element -> {
                if (element instanceof ObjectNode object) {
                    object.retain("ARN", "accountId", "type");
                }
            });
        }
        return copy;
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
