package io.trailscope.ingest;

import io.trailscope.engine.StoreSchema;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A summary of the manifest for {@code ingest --status}: files by status, events, and the latest rejections. */
public record ManifestReport(List<String> statusLines, long storedEvents, String timeRange, List<String> rejections) {
    public static ManifestReport of(Connection connection) {
        String latest = "(SELECT * FROM " + StoreSchema.MANIFEST_TABLE
                + " QUALIFY row_number() OVER (PARTITION BY path ORDER BY id DESC) = 1)";
        try (Statement statement = connection.createStatement()) {
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT status, count(*), sum(events), sum(duplicates), sum(size), "
                    + "max(ingested_at) FROM " + latest + " GROUP BY status ORDER BY status")) {
                while (rows.next()) {
                    lines.add(String.format("%-9s %,10d files %,14d events %,12d duplicates %,16d bytes  last %s",
                            rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                            rows.getString(6)));
                }
            }
            long events;
            String range;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*), min(event_timestamp), max(event_timestamp) FROM cloudtrail_logs")) {
                rows.next();
                events = rows.getLong(1);
                range = rows.getString(2) + " .. " + rows.getString(3);
            }
            List<String> rejections = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT error FROM " + latest
                    + " WHERE status IN ('rejected', 'failed') ORDER BY id DESC LIMIT 20")) {
                while (rows.next()) {
                    rejections.add(rows.getString(1));
                }
            }
            return new ManifestReport(lines, events, range, rejections);
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "reading the manifest failed: " + e.getMessage(), e);
        }
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        statusLines.forEach(line -> text.append(line).append('\n'));
        text.append(String.format("stored events %,d, event time %s%n", storedEvents, timeRange));
        if (!rejections.isEmpty()) {
            text.append("rejected files (newest first):\n");
            rejections.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }
}
