package io.trailscope.ingest;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.ColumnType;
import io.trailscope.cloudtrail.EventRecord;
import io.trailscope.cloudtrail.SchemaField;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;

/** Writes an {@link EventRecord} into a DuckDB appender row, column by column, following the schema. */
final class RecordAppender {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private RecordAppender() {
    }

    static void append(DuckDBAppender appender, EventRecord record, String extraFieldsJson, long sourceFileId)
            throws SQLException {
        appender.beginRow();
        appendStruct(appender, CloudTrailSchema.EVENT, record.values());
        if (record.eventTimeMicros().isPresent()) {
            long micros = record.eventTimeMicros().getAsLong();
            appender.appendEpochMicros(micros);
            appender.appendEpochDays((int) Math.floorDiv(micros, MICROS_PER_DAY));
        } else {
            appender.appendNull();
            appender.appendNull();
        }
        if (extraFieldsJson == null) {
            appender.appendNull();
        } else {
            appender.append(extraFieldsJson);
        }
        appender.append(sourceFileId);
        appender.endRow();
    }

    private static void appendStruct(DuckDBAppender appender, ColumnType.Struct struct, Object[] values)
            throws SQLException {
        List<SchemaField> fields = struct.fields();
        for (int i = 0; i < fields.size(); i++) {
            appendValue(appender, fields.get(i).type(), values[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static void appendValue(DuckDBAppender appender, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (type instanceof ColumnType.Struct struct) {
            appender.beginStruct();
            appendStruct(appender, struct, (Object[]) value);
            appender.endStruct();
        } else if (type instanceof ColumnType.StructList list) {
            List<Object[]> elements = (List<Object[]>) value;
            List<Map<String, Object>> rows = new ArrayList<>(elements.size());
            for (Object[] element : elements) {
                rows.add(toMap(list.element(), element));
            }
            appender.append(rows);
        } else if (type instanceof ColumnType.TextMap) {
            appender.append(new LinkedHashMap<>((Map<String, String>) value));
        } else {
            appender.append((String) value);
        }
    }

    private static Map<String, Object> toMap(ColumnType.Struct struct, Object[] values) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < struct.fields().size(); i++) {
            map.put(struct.fields().get(i).columnName(), values[i]);
        }
        return map;
    }
}
