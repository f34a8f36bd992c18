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
 * The single writer of an ingest. Events are appended straight into the CloudTrail table, tagged
 * with their file's manifest id; a file counts only once its manifest row is committed. The
 * manifest rows of a batch are flushed together, after the batch's events. A crash in between
 * leaves rows whose file id has no manifest row: {@link DuckDbStore#open} deletes those orphans
 * before anything reads the table, so the result equals an uninterrupted run.
 */
final class StoreWriter implements AutoCloseable {
    private final Connection connection;
    private final DuckDBAppender appender;
    private final DuckDBAppender manifestAppender;
    private final EventIdSet storedIds;
    private final List<ManifestEntry> pendingEntries = new ArrayList<>();
    private long pendingEvents;
    private long nextFileId;

    StoreWriter(DuckDbStore store) {
        this.connection = store.connection();
        try {
            this.storedIds = loadStoredIds();
            this.nextFileId = Manifest.nextId(connection);
            this.appender = ((DuckDBConnection) connection).createAppender(CloudTrailSchema.TABLE);
            this.manifestAppender = ((DuckDBConnection) connection).createAppender(StoreSchema.MANIFEST_TABLE);
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

    /** Makes the batch count: its events first, then its manifest rows. */
    void commit() {
        if (pendingEntries.isEmpty() && pendingEvents == 0) {
            return;
        }
        try {
            appender.flush();
            for (ManifestEntry entry : pendingEntries) {
                Manifest.append(manifestAppender, entry);
            }
            manifestAppender.flush();
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
        } catch (SQLException e) {
            throw failure("closing the writer", e);
        }
    }
}
