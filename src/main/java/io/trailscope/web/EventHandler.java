package io.trailscope.web;

import io.javalin.http.Context;
import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.engine.StoreSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/events/{eventId}}: the raw event as CloudTrail wrote it, and the file it came from. */
final class EventHandler {
    static final int MAX_ID_LENGTH = 256;
    private static final String SQL = "SELECT " + RawEvents.columns("e") + ", m.source, m.path, m.ingested_at FROM "
            + CloudTrailSchema.TABLE + " AS e LEFT JOIN " + StoreSchema.MANIFEST_TABLE + " AS m ON m.id = e."
            + CloudTrailSchema.SOURCE_FILE_ID + " WHERE e.eventid = ? ORDER BY e." + CloudTrailSchema.SOURCE_FILE_ID
            + " LIMIT 1";

    private final WebServices services;

    EventHandler(WebServices services) {
        this.services = services;
    }

    void event(Context ctx) {
        String id = ctx.pathParam("eventId");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw ApiErrors.badRequest("an event id has 1 to " + MAX_ID_LENGTH + " characters");
        }
        List<List<Object>> rows = services.store().query(SQL, List.of(id), 1).rows();
        if (rows.isEmpty()) {
            throw ApiErrors.notFound("no event with id '" + Downloads.printable(id) + "' in the store");
        }
        List<Object> row = rows.get(0);
        int sourceAt = CloudTrailSchema.EVENT.fields().size() + 1;
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("source", row.get(sourceAt));
        source.put("path", row.get(sourceAt + 1));
        source.put("ingestedAt", StatusHandler.instant(row.get(sourceAt + 2)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("eventId", id);
        response.put("event", RawEvents.rebuild(row));
        response.put("source", source);
        Json.send(ctx, response);
    }
}
