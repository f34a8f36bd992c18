package io.trailscope.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.ColumnType;
import io.trailscope.cloudtrail.SchemaField;
import io.trailscope.cloudtrail.SyntheticEventId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds an event's original JSON from its stored row, walking {@link CloudTrailSchema#EVENT}: original key
 * names and nesting, JSON-text columns parsed back, {@code readOnly}/{@code managementEvent} back to booleans, and the
 * {@code extra_fields} (keys the schema does not know) merged back at their place. What the store cannot tell apart
 * is documented in CONTEXT.md: a key holding null versus an absent key, other non-string scalars in text columns.
 */
final class RawEvents {
    /** Top-level keys CloudTrail writes as JSON booleans; the store keeps their text. */
    static final Set<String> BOOLEAN_KEYS = Set.of("readOnly", "managementEvent");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RawEvents() {}

    /** The stored columns of the event table, quoted, in schema order (the select list of {@link #rebuild}). */
    static String columns(String alias) {
        StringBuilder sql = new StringBuilder();
        for (SchemaField field : CloudTrailSchema.EVENT.fields()) {
            sql.append(alias).append(".\"").append(field.columnName()).append("\", ");
        }
        return sql.append(alias).append('.').append(CloudTrailSchema.EXTRA_FIELDS).toString();
    }

    /** {@code row}: the values of {@link #columns}, in order. */
    static ObjectNode rebuild(List<Object> row) {
        List<SchemaField> fields = CloudTrailSchema.EVENT.fields();
        ObjectNode event = NODES.objectNode();
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            Object value = row.get(i);
            if (i == CloudTrailSchema.EVENT_ID && value instanceof String id && id.startsWith(SyntheticEventId.PREFIX)) {
                continue;
            }
            JsonNode node = node(field, value);
            if (node != null) {
                event.set(field.jsonName(), BOOLEAN_KEYS.contains(field.jsonName()) ? bool(node) : node);
            }
        }
        Object extras = row.get(fields.size());
        if (extras instanceof String text && !text.isBlank()) {
            JsonNode parsed = parse(text).orElse(null);
            if (parsed instanceof ObjectNode extraObject) {
                merge(event, extraObject);
            }
        }
        return event;
    }

    private static JsonNode node(SchemaField field, Object value) {
        if (value == null) {
            return null;
        }
        ColumnType type = field.type();
        if (type instanceof ColumnType.Struct struct) {
            return value instanceof Map<?, ?> map ? struct(struct, map) : null;
        }
        if (type instanceof ColumnType.StructList list) {
            ArrayNode array = NODES.arrayNode();
            if (value instanceof List<?> elements) {
                elements.forEach(element -> array.add(element instanceof Map<?, ?> map ? struct(list.element(), map)
                        : NODES.nullNode()));
            }
            return array;
        }
        if (type instanceof ColumnType.TextMap) {
            ObjectNode object = NODES.objectNode();
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> object.set(String.valueOf(key), item == null ? NODES.nullNode()
                        : NODES.textNode(String.valueOf(item))));
            }
            return object;
        }
        String text = String.valueOf(value);
        if (type instanceof ColumnType.JsonText) {
            String trimmed = text.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                return parse(text).orElse(NODES.textNode(text));
            }
        }
        return NODES.textNode(text);
    }

    private static ObjectNode struct(ColumnType.Struct struct, Map<?, ?> values) {
        ObjectNode object = NODES.objectNode();
        for (SchemaField field : struct.fields()) {
            JsonNode node = node(field, values.get(field.columnName()));
            if (node != null) {
                object.set(field.jsonName(), node);
            }
        }
        return object;
    }

    /** Lays the extras over the rebuilt event: objects merge key by key, anything else replaces. */
    private static void merge(ObjectNode target, ObjectNode extras) {
        extras.fields().forEachRemaining(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode extraObject) {
                merge(existingObject, extraObject);
            } else if (existing instanceof ArrayNode array && entry.getValue() instanceof ObjectNode extraObject) {
                // The store keeps unknown keys of list elements (resources[]) per list, not per element: with one
                // element that is exact; with several they are shown on the first one (their element is unknown).
                if (!array.isEmpty() && array.get(0) instanceof ObjectNode first) {
                    merge(first, extraObject);
                }
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static JsonNode bool(JsonNode node) {
        if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
            return NODES.booleanNode(node.asText().equals("true"));
        }
        return node;
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(Json.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
