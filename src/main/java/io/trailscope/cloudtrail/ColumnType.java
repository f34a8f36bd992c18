package io.trailscope.cloudtrail;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The shape of one stored column, mirroring the Athena CloudTrail table. */
public sealed interface ColumnType {
    /** A string column; non-string JSON scalars are kept as their text. */
    record Text() implements ColumnType {
    }

    /** A string column holding JSON text (requestParameters and friends), as Athena stores them. */
    record JsonText() implements ColumnType {
    }

    /** A nested struct. */
    record Struct(List<SchemaField> fields) implements ColumnType {
        public Struct {
            fields = List.copyOf(requireNonNull(fields, "fields is null"));
        }
    }

    /** A list of structs, such as {@code resources}. */
    record StructList(Struct element) implements ColumnType {
        public StructList {
            requireNonNull(element, "element is null");
        }
    }

    /** A string-to-string map. */
    record TextMap() implements ColumnType {
    }

    ColumnType TEXT = new Text();
    ColumnType JSON_TEXT = new JsonText();
    ColumnType TEXT_MAP = new TextMap();

    /** The DuckDB type of this column. */
    default String duckDbType() {
        if (this instanceof Struct struct) {
            StringBuilder sql = new StringBuilder("STRUCT(");
            for (int i = 0; i < struct.fields().size(); i++) {
                SchemaField field = struct.fields().get(i);
                if (i > 0) {
                    sql.append(", ");
                }
                sql.append('"').append(field.columnName()).append("\" ").append(field.type().duckDbType());
            }
            return sql.append(')').toString();
        }
        if (this instanceof StructList list) {
            return list.element().duckDbType() + "[]";
        }
        if (this instanceof TextMap) {
            return "MAP(VARCHAR, VARCHAR)";
        }
        return "VARCHAR";
    }
}
