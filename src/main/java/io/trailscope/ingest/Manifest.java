package io.trailscope.ingest;

import io.trailscope.engine.StoreSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;

/**
 * The ingest manifest: every file ever read, keyed by path, newest row first. Rows are written in
 * the same transaction as the file's events, so the two can never disagree.
 */
final class Manifest {
    private static final String COLUMNS = "id, source, path, size, version, status, events, duplicates, bad_times, "
            + "filtered, error, window_since, window_until, ingested_at";

    private Manifest() {
    }

    static Map<String, ManifestEntry> latestByPath(Connection connection) throws SQLException {
        Map<String, ManifestEntry> latest = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM " + StoreSchema.MANIFEST_TABLE + " ORDER BY id";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ManifestEntry entry = new ManifestEntry(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getLong(4), rows.getString(5), FileStatus.fromCode(rows.getString(6)), rows.getLong(7),
                        rows.getLong(8), rows.getLong(9), rows.getLong(10), Optional.ofNullable(rows.getString(11)),
                        new TimeWindow(date(rows.getTimestamp(12)), date(rows.getTimestamp(13))));
                latest.put(entry.path(), entry);
            }
        }
        return latest;
    }

    static long nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + StoreSchema.MANIFEST_TABLE)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String columns() {
        return COLUMNS;
    }

    /** Appends the entry to an appender over a table with the manifest's columns. */
    static void append(DuckDBAppender appender, ManifestEntry entry) throws SQLException {
        appender.beginRow();
        appender.append(entry.id());
        appender.append(entry.source());
        appender.append(entry.path());
        appender.append(entry.size());
        appender.append(entry.version());
        appender.append(entry.status().code());
        appender.append(entry.events());
        appender.append(entry.duplicates());
        appender.append(entry.badTimes());
        appender.append(entry.filtered());
        appender.append(entry.error().orElse(null));
        appendDate(appender, entry.window().since());
        appendDate(appender, entry.window().until());
        appender.append(LocalDateTime.now(ZoneOffset.UTC));
        appender.endRow();
    }

    private static void appendDate(DuckDBAppender appender, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            appender.append(date.get().atStartOfDay());
        } else {
            appender.appendNull();
        }
    }

    private static Optional<LocalDate> date(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(t -> t.toLocalDateTime().toLocalDate());
    }
}
