package io.trailscope.cloudtrail;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One field of a CloudTrail event: its name in the JSON, its column name in the store (Athena's
 * lower-case name), and its shape.
 */
public record SchemaField(String jsonName, String columnName, ColumnType type) {
    public SchemaField {
        requireNonNull(jsonName, "jsonName is null");
        requireNonNull(columnName, "columnName is null");
        requireNonNull(type, "type is null");
    }

    public static SchemaField text(String jsonName) {
        return new SchemaField(jsonName, jsonName.toLowerCase(Locale.ROOT), ColumnType.TEXT);
    }

    public static SchemaField json(String jsonName) {
        return new SchemaField(jsonName, jsonName.toLowerCase(Locale.ROOT), ColumnType.JSON_TEXT);
    }

    public static SchemaField map(String jsonName) {
        return new SchemaField(jsonName, jsonName.toLowerCase(Locale.ROOT), ColumnType.TEXT_MAP);
    }

    public static SchemaField struct(String jsonName, SchemaField... fields) {
        return new SchemaField(jsonName, jsonName.toLowerCase(Locale.ROOT), new ColumnType.Struct(java.util.List.of(fields)));
    }

    public static SchemaField structList(String jsonName, SchemaField... fields) {
        return new SchemaField(jsonName, jsonName.toLowerCase(Locale.ROOT),
                new ColumnType.StructList(new ColumnType.Struct(java.util.List.of(fields))));
    }
}
