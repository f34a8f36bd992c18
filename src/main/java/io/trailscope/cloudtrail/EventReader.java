package io.trailscope.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes one CloudTrail event object from a streaming parser into an {@link EventRecord},
 * following {@link CloudTrailSchema#EVENT}. Keys the schema does not know, at any depth, are kept
 * in the record's extra fields, so nothing of the event is lost. Not thread-safe: one per thread.
 */
public final class EventReader {
    private static final StructDecoder EVENT = new StructDecoder(CloudTrailSchema.EVENT);

    private final ObjectMapper mapper;
    private final StringWriter buffer = new StringWriter(512);
    private final JsonGenerator generator;
    private ObjectNode extras;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
        try {
            JsonFactory factory = mapper.getFactory();
            this.generator = factory.createGenerator(buffer);
            this.generator.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the event whose START_OBJECT is the parser's current token, or whose first FIELD_NAME
     * is; leaves the parser on the matching END_OBJECT.
     */
    public EventRecord read(JsonParser parser) throws IOException {
        extras = null;
        Object[] values = readStruct(parser, EVENT, null);
        String eventTime = (String) values[CloudTrailSchema.EVENT_TIME];
        OptionalLong micros = EventTime.parseMicros(eventTime);
        return new EventRecord(values, Optional.ofNullable(extras), micros);
    }

    private Object[] readStruct(JsonParser parser, StructDecoder decoder, List<String> path) throws IOException {
        Object[] values = new Object[decoder.size()];
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        }
        while (token == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            int index = decoder.indexOf(key);
            if (index < 0) {
                extrasAt(path).set(key, readTree(parser));
            } else {
                values[index] = readValue(parser, valueToken, decoder, index, path);
            }
            token = parser.nextToken();
        }
        return values;
    }

    private Object readValue(JsonParser parser, JsonToken token, StructDecoder decoder, int index, List<String> path)
            throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        ColumnType type = decoder.typeOf(index);
        if (type instanceof ColumnType.Text) {
            return token.isScalarValue() ? parser.getText() : copyAsJson(parser);
        }
        if (type instanceof ColumnType.JsonText) {
            if (token == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            return token.isScalarValue() ? parser.getText() : copyAsJson(parser);
        }
        if (type instanceof ColumnType.Struct) {
            if (token != JsonToken.START_OBJECT) {
                extrasAt(path).set(decoder.jsonNameOf(index), readTree(parser));
                return null;
            }
            return readStruct(parser, decoder.child(index), childPath(path, decoder.jsonNameOf(index)));
        }
        if (type instanceof ColumnType.StructList) {
            return readStructList(parser, token, decoder, index, path);
        }
        return readMap(parser, token, decoder, index, path);
    }

    private Object readStructList(JsonParser parser, JsonToken token, StructDecoder decoder, int index,
            List<String> path) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            extrasAt(path).set(decoder.jsonNameOf(index), readTree(parser));
            return null;
        }
        JsonNode array = readTree(parser);
        List<Object[]> elements = new ArrayList<>(array.size());
        boolean allObjects = true;
        for (JsonNode element : array) {
            if (!element.isObject()) {
                allObjects = false;
                continue;
            }
            try (JsonParser elementParser = element.traverse(mapper)) {
                elementParser.nextToken();
                elements.add(readStruct(elementParser, decoder.child(index), childPath(path, decoder.jsonNameOf(index))));
            }
        }
        if (!allObjects) {
            extrasAt(path).set(decoder.jsonNameOf(index), array);
        }
        return elements;
    }

    private Object readMap(JsonParser parser, JsonToken token, StructDecoder decoder, int index, List<String> path)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            extrasAt(path).set(decoder.jsonNameOf(index), readTree(parser));
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            if (valueToken == JsonToken.VALUE_NULL) {
                map.put(key, null);
            } else {
                map.put(key, valueToken.isScalarValue() ? parser.getText() : copyAsJson(parser));
            }
        }
        return map;
    }

    private String copyAsJson(JsonParser parser) throws IOException {
        buffer.getBuffer().setLength(0);
        generator.copyCurrentStructure(parser);
        generator.flush();
        return buffer.toString();
    }

    private JsonNode readTree(JsonParser parser) throws IOException {
        JsonNode node = mapper.readTree(parser);
        return node == null ? mapper.nullNode() : node;
    }

    private ObjectNode extrasAt(List<String> path) {
        if (extras == null) {
            extras = mapper.createObjectNode();
        }
        ObjectNode node = extras;
        if (path != null) {
            for (String key : path) {
                node = node.has(key) && node.get(key).isObject() ? (ObjectNode) node.get(key) : node.putObject(key);
            }
        }
        return node;
    }

    private static List<String> childPath(List<String> path, String key) {
        List<String> child = new ArrayList<>(path == null ? 1 : path.size() + 1);
        if (path != null) {
            child.addAll(path);
        }
        child.add(key);
        return child;
    }
}
