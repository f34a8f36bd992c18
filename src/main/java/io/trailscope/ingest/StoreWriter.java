package io.trailscope.ingest;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.engine.StoreSchema;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The single writer of an ingest. Events are appended to an in-memory staging table, tagged with
 * their file's manifest id; each commit moves the staged rows and the manifest rows of the files
 * finished since into the store in one transaction. A batch may end mid-file: that file counts only
 * once its manifest row commits, and a crash in between leaves rows whose file id has no manifest
 * row, which {@link DuckDbStore#open} deletes before anything reads the table.
 */
final class StoreWriter implements AutoCloseable {
    private static final String STAGING = "ingest_staging";
    private static final String MANIFEST_STAGING = "ingest_manifest_staging";
    private static final String MOVE_EVENTS = "INSERT INTO " + CloudTrailSchema.TABLE + " BY NAME SELECT unnest(from_json(row_json, '"
            + RowJson.structure() + "')), " + CloudTrailSchema.EVENT_TIMESTAMP + ", " + CloudTrailSchema.EVENT_DATE + ", "
            + CloudTrailSchema.EXTRA_FIELDS + ", " + CloudTrailSchema.SOURCE_FILE_ID + " FROM " + STAGING;

    private final Connection connection;
    private final EventIdSet storedIds;
    private final List<ManifestEntry> pendingEntries = new ArrayList<>();
    private DuckDBAppender appender;
    private long pendingEvents;
    private long nextFileId;

    StoreWriter(DuckDbStore store) {
        this.connection = store.connection();
        try {
            this.storedIds = loadStoredIds();
            this.nextFileId = Manifest.nextId(connection);
            execute("CREATE OR REPLACE TEMP TABLE " + MANIFEST_STAGING + " AS FROM " + StoreSchema.MANIFEST_TABLE + " LIMIT 0");
            this.appender = newStaging();
        } catch (SQLException e) {
            throw failure("preparing the store for ingest", e);
        }
    }

    private DuckDBAppender newStaging() throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE " + STAGING + " " + RecordAppender.STAGING_DDL);
        return ((DuckDBConnection) connection).createAppender("temp", "main", STAGING);
    }

    private EventIdSet loadStoredIds() throws SQLException {
        long count;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + CloudTrailSchema.TABLE)) {
            rows.next();
            count = rows.getLong(1);
        }
        EventIdSet ids = new EventIdSet((int) Math.min(Integer.MAX_VALUE / 4, Math.max(1024, count + 1024)));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT eventid FROM " + CloudTrailSchema.TABLE)) {
            while (rows.next()) {
                String id = rows.getString(1);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    long reserveFileId() {
        return nextFileId++;
    }

    /** Appends the event unless its id is already stored; returns false for a duplicate. */
    boolean append(PreparedEvent event, long fileId) {
        if (!storedIds.add(event.eventId())) {
            return false;
        }
        try {
            RecordAppender.append(appender, event, fileId);
        } catch (SQLException e) {
            throw failure("appending an event", e);
        }
        pendingEvents++;
        return true;
    }

    void fileDone(ManifestEntry entry) {
        pendingEntries.add(entry);
    }

    long pendingEvents() {
        return pendingEvents;
    }

    int pendingFiles() {
        return pendingEntries.size();
    }

    /** Moves the staged events and the finished files' manifest rows into the store, in one transaction. */
    void commit() {
        if (pendingEntries.isEmpty() && pendingEvents == 0) {
            return;
        }
        try {
            appender.close();
            try (DuckDBAppender manifest = ((DuckDBConnection) connection).createAppender("temp", "main", MANIFEST_STAGING)) {
                for (ManifestEntry entry : pendingEntries) {
                    Manifest.append(manifest, entry);
                }
            }
            execute("BEGIN TRANSACTION");
            try {
                moveEvents();
                execute("INSERT INTO " + StoreSchema.MANIFEST_TABLE + " FROM " + MANIFEST_STAGING);
                execute("COMMIT");
            } catch (SQLException e) {
                execute("ROLLBACK");
                throw e;
            }
            execute("DELETE FROM " + MANIFEST_STAGING);
            appender = newStaging();
            pendingEntries.clear();
            pendingEvents = 0;
        } catch (SQLException e) {
            throw failure("committing a batch", e);
        }
    }

    /**
     * On every core DuckDB has: a batch of several row groups moves in parallel while the decoders, their queue full,
     * wait (a single-threaded move of one row group at a time left a core idle: 87 s against 67 s at 2M events).
     */
    private void moveEvents() throws SQLException {
        execute(MOVE_EVENTS);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static TrailException failure(String what, SQLException e) {
        return new TrailException(ErrorCode.ENGINE_FAILURE, what + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            appender.close();
            execute("DROP TABLE IF EXISTS " + STAGING);
            execute("DROP TABLE IF EXISTS " + MANIFEST_STAGING);
        } catch (SQLException e) {
            throw failure("closing the writer", e);
        }
    }
}
