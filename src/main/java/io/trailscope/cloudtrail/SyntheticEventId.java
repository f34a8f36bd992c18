package io.trailscope.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stable id for an event that has no eventID: a digest of its content in a canonical order
 * (schema order, then extra keys sorted), so re-ingesting the same event gives the same id
 * whatever the key order or whitespace of the file it came from.
 */
public final class SyntheticEventId {
    public static final String PREFIX = "synthetic-";

    private SyntheticEventId() {
    }

    public static String of(EventRecord record) {
        StringBuilder canonical = new StringBuilder(1024);
        appendValues(canonical, record.values());
        record.extraFields().ifPresent(extras -> appendNode(canonical.append("|extra:"), extras));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendValues(StringBuilder out, Object[] values) {
        out.append('[');
        for (Object value : values) {
            appendValue(out, value);
            out.append(',');
        }
        out.append(']');
    }

    @SuppressWarnings("unchecked")
    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof String text) {
            out.append(text.length()).append(':').append(text);
        } else if (value instanceof Object[] struct) {
            appendValues(out, struct);
        } else if (value instanceof List<?> list) {
            out.append('(');
            for (Object element : list) {
                appendValue(out, element);
            }
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>((Map<String, String>) map).forEach((k, v) -> {
                appendValue(out, k);
                appendValue(out, v);
            });
            out.append('}');
        }
    }

    private static void appendNode(StringBuilder out, JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> iterator = node.fieldNames();
            iterator.forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (String name : names) {
                appendValue(out, name);
                appendNode(out, node.get(name));
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('(');
            node.forEach(element -> appendNode(out, element));
            out.append(')');
        } else {
            appendValue(out, node.isTextual() ? node.textValue() : node.toString());
        }
    }
}
