package io.trailscope.ingest;

import io.trailscope.engine.StoreSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    static PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + StoreSchema.MANIFEST_TABLE + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    static void bind(PreparedStatement insert, ManifestEntry entry) throws SQLException {
        insert.setLong(1, entry.id());
        insert.setString(2, entry.source());
        insert.setString(3, entry.path());
        insert.setLong(4, entry.size());
        insert.setString(5, entry.version());
        insert.setString(6, entry.status().code());
        insert.setLong(7, entry.events());
        insert.setLong(8, entry.duplicates());
        insert.setLong(9, entry.badTimes());
        insert.setLong(10, entry.filtered());
        if (entry.error().isPresent()) {
            insert.setString(11, entry.error().get());
        } else {
            insert.setNull(11, Types.VARCHAR);
        }
        setDate(insert, 12, entry.window().since());
        setDate(insert, 13, entry.window().until());
        insert.setTimestamp(14, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
    }

    private static void setDate(PreparedStatement insert, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            insert.setTimestamp(index, Timestamp.valueOf(date.get().atStartOfDay()));
        } else {
            insert.setNull(index, Types.TIMESTAMP);
        }
    }

    private static Optional<LocalDate> date(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(t -> t.toLocalDateTime().toLocalDate());
    }
}
