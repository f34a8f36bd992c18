package io.trailscope.ingest;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.ColumnType;
import io.trailscope.cloudtrail.SchemaField;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a decoded event as one compact JSON object keyed by store column names, in exactly the
 * shape DuckDB's {@code from_json(json, structure())} turns back into the table's columns. DuckDB
 * then parses a whole batch in parallel, where appending value by value through JDBC cost one JNI
 * call per string. Nulls are left out (from_json reads a missing key as NULL). Not thread-safe.
 */
final class RowJson {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Shape EVENT = new Shape(CloudTrailSchema.EVENT);

    private byte[] bytes = new byte[8192];
    private int length;

    /** The UTF-8 JSON of the event's schema columns. */
    byte[] write(Object[] values) {
        length = 0;
        writeStruct(EVENT, values);
        return Arrays.copyOf(bytes, length);
    }

    /** The from_json structure matching {@link #write}: the table's column types, keyed by column name. */
    static String structure() {
        StringBuilder json = new StringBuilder();
        appendStructure(json, CloudTrailSchema.EVENT);
        return json.toString();
    }

    private static void appendStructure(StringBuilder json, ColumnType type) {
        if (type instanceof ColumnType.Struct struct) {
            json.append('{');
            for (int i = 0; i < struct.fields().size(); i++) {
                SchemaField field = struct.fields().get(i);
                json.append(i == 0 ? "" : ",").append('"').append(field.columnName()).append("\":");
                appendStructure(json, field.type());
            }
            json.append('}');
        } else if (type instanceof ColumnType.StructList list) {
            json.append('[');
            appendStructure(json, list.element());
            json.append(']');
        } else {
            json.append('"').append(type.duckDbType()).append('"');
        }
    }

    private void writeStruct(Shape shape, Object[] values) {
        boolean empty = true;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            byte[] key = shape.keys[i];
            ensure(key.length);
            System.arraycopy(key, 0, bytes, length, key.length);
            if (empty) {
                bytes[length] = '{';
                empty = false;
            }
            length += key.length;
            writeValue(shape, i, values[i]);
        }
        if (empty) {
            put((byte) '{');
        }
        put((byte) '}');
    }

    @SuppressWarnings("unchecked")
    private void writeValue(Shape shape, int index, Object value) {
        ColumnType type = shape.types[index];
        if (type instanceof ColumnType.Struct) {
            writeStruct(shape.children[index], (Object[]) value);
        } else if (type instanceof ColumnType.StructList) {
            put((byte) '[');
            boolean first = true;
            for (Object[] element : (List<Object[]>) value) {
                if (!first) {
                    put((byte) ',');
                }
                first = false;
                writeStruct(shape.children[index], element);
            }
            put((byte) ']');
        } else if (type instanceof ColumnType.TextMap) {
            put((byte) '{');
            boolean first = true;
            for (Map.Entry<String, String> entry : ((Map<String, String>) value).entrySet()) {
                if (!first) {
                    put((byte) ',');
                }
                first = false;
                writeString(entry.getKey());
                put((byte) ':');
                if (entry.getValue() == null) {
                    ensure(4);
                    bytes[length++] = 'n';
                    bytes[length++] = 'u';
                    bytes[length++] = 'l';
                    bytes[length++] = 'l';
                } else {
                    writeString(entry.getValue());
                }
            }
            put((byte) '}');
        } else {
            writeString((String) value);
        }
    }

    /** A struct of the schema with its keys pre-encoded as {@code ,"column":}. */
    private static final class Shape {
        final byte[][] keys;
        final ColumnType[] types;
        final Shape[] children;

        Shape(ColumnType.Struct struct) {
            List<SchemaField> fields = struct.fields();
            keys = new byte[fields.size()][];
            types = new ColumnType[fields.size()];
            children = new Shape[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                SchemaField field = fields.get(i);
                keys[i] = (",\"" + field.columnName() + "\":").getBytes(StandardCharsets.UTF_8);
                types[i] = field.type();
                if (field.type() instanceof ColumnType.Struct child) {
                    children[i] = new Shape(child);
                } else if (field.type() instanceof ColumnType.StructList list) {
                    children[i] = new Shape(list.element());
                }
            }
        }
    }

    /** A JSON string; a lone surrogate becomes '?', as Java's own UTF-8 encoder (and so the JDBC appender) writes it. */
    private void writeString(String text) {
        int n = text.length();
        ensure(n * 3 + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                } else {
                    if (at + 7 + (n - i) * 3 > out.length) {
                        length = at;
                        ensure(7 + (n - i) * 3);
                        out = bytes;
                    }
                    out[at++] = '\\';
                    switch (c) {
                        case '"' -> out[at++] = '"';
                        case '\\' -> out[at++] = '\\';
                        case '\n' -> out[at++] = 'n';
                        case '\r' -> out[at++] = 'r';
                        case '\t' -> out[at++] = 't';
                        default -> {
                            out[at++] = 'u';
                            out[at++] = '0';
                            out[at++] = '0';
                            out[at++] = HEX[c >> 4];
                            out[at++] = HEX[c & 0xf];
                        }
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | (code >> 18));
                out[at++] = (byte) (0x80 | ((code >> 12) & 0x3f));
                out[at++] = (byte) (0x80 | ((code >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (code & 0x3f));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xe0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        out[at++] = '"';
        length = at;
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
