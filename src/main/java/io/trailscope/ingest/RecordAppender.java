package io.trailscope.ingest;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/**
 * Writes a {@link PreparedEvent} as one row of the writer's staging table: its {@link RowJson}, then
 * the helper columns the table adds after the schema's (event_timestamp, event_date, extra_fields,
 * source_file_id). Five values a row, where the table itself has one per schema leaf.
 */
final class RecordAppender {
    /** The staging table's columns after the row JSON, in the order {@link #append} writes them. */
    static final String STAGING_DDL = "(row_json VARCHAR, event_timestamp TIMESTAMP, event_date DATE, "
            + "extra_fields VARCHAR, source_file_id BIGINT)";
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private RecordAppender() {
    }

    static void append(DuckDBAppender appender, PreparedEvent event, long sourceFileId) throws SQLException {
        appender.beginRow();
        appender.append(event.rowJson());
        if (event.eventTimeMicros().isPresent()) {
            long micros = event.eventTimeMicros().getAsLong();
            appender.appendEpochMicros(micros);
            appender.appendEpochDays((int) Math.floorDiv(micros, MICROS_PER_DAY));
        } else {
            appender.appendNull();
            appender.appendNull();
        }
        appender.append(event.extraFieldsJson());
        appender.append(sourceFileId);
        appender.endRow();
    }
}
