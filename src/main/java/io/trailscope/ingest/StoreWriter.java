package io.trailscope.ingest;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.EventRecord;
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
 * The single writer of an ingest. Events are appended to a temporary staging table, then moved
 * into the CloudTrail table together with their files' manifest rows in one transaction: a crash at
 * any moment leaves either the whole batch or none of it, never half a file or a duplicate.
 */
final class StoreWriter implements AutoCloseable {
    private static final String STAGING = "ingest_staging";
    private static final String MANIFEST_STAGING = "ingest_manifest_staging";

    private final Connection connection;
    private final DuckDBAppender appender;
    private final DuckDBAppender manifestAppender;
    private final EventIdSet storedIds;
    private final List<ManifestEntry> pendingEntries = new ArrayList<>();
    private long pendingEvents;
    private long nextFileId;

    StoreWriter(DuckDbStore store) {
        this.connection = store.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE " + STAGING + " AS SELECT * FROM " + CloudTrailSchema.TABLE + " LIMIT 0");
            statement.execute("CREATE OR REPLACE TEMP TABLE " + MANIFEST_STAGING + " AS SELECT " + Manifest.columns()
                    + " FROM " + StoreSchema.MANIFEST_TABLE + " LIMIT 0");
            this.appender = ((DuckDBConnection) connection).createAppender("temp", "main", STAGING);
            this.manifestAppender = ((DuckDBConnection) connection).createAppender("temp", "main", MANIFEST_STAGING);
            this.storedIds = loadStoredIds();
            this.nextFileId = Manifest.nextId(connection);
        } catch (SQLException e) {
            throw failure("preparing the store for ingest", e);
        }
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
    boolean append(EventRecord record, String extraFieldsJson, long fileId) {
        if (!storedIds.add(record.eventId())) {
            return false;
        }
        try {
            RecordAppender.append(appender, record, extraFieldsJson, fileId);
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

    /** Moves the staged events and their manifest rows into the store in one transaction. */
    void commit() {
        if (pendingEntries.isEmpty() && pendingEvents == 0) {
            return;
        }
        try {
            for (ManifestEntry entry : pendingEntries) {
                Manifest.append(manifestAppender, entry);
            }
            appender.flush();
            manifestAppender.flush();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO " + CloudTrailSchema.TABLE + " SELECT * FROM " + STAGING);
                statement.execute("INSERT INTO " + StoreSchema.MANIFEST_TABLE + " (" + Manifest.columns() + ") SELECT * FROM "
                        + MANIFEST_STAGING);
                statement.execute("DELETE FROM " + STAGING);
                statement.execute("DELETE FROM " + MANIFEST_STAGING);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            pendingEntries.clear();
            pendingEvents = 0;
        } catch (SQLException e) {
            throw failure("committing a batch", e);
        }
    }

    private static TrailException failure(String what, SQLException e) {
        return new TrailException(ErrorCode.ENGINE_FAILURE, what + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            appender.close();
            manifestAppender.close();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS temp.main." + STAGING);
                statement.execute("DROP TABLE IF EXISTS temp.main." + MANIFEST_STAGING);
            }
        } catch (SQLException e) {
            throw failure("closing the writer", e);
        }
    }
}
