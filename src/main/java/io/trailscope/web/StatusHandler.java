package io.trailscope.web;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.engine.ConnectionConfig;
import io.trailscope.engine.ResultTable;
import io.trailscope.engine.StoreSchema;
import io.trailscope.geo.GeoDatabase;
import io.trailscope.model.Model;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/status}: the store (events, time range, files by status, rejections) and the project. */
final class StatusHandler {
    static final int MAX_REJECTED = 20;
    private static final String LATEST = "(SELECT * FROM " + StoreSchema.MANIFEST_TABLE
            + " QUALIFY row_number() OVER (PARTITION BY path ORDER BY id DESC) = 1)";

    private StatusHandler() {}

    static Map<String, Object> status(WebServices services) {
        StoreQueries store = services.store();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("database", store.path().toAbsolutePath().toString());
        status.put("project", services.settings().projectName());
        status.put("engine", engine(services));
        List<Object> totals = store.query("SELECT count(*), count(DISTINCT recipientaccountid), "
                + "count(DISTINCT awsregion), min(" + CloudTrailSchema.EVENT_TIMESTAMP + "), max("
                + CloudTrailSchema.EVENT_TIMESTAMP + ") FROM " + CloudTrailSchema.TABLE, List.of(), 1).rows().get(0);
        status.put("events", totals.get(0));
        status.put("accounts", totals.get(1));
        status.put("regions", totals.get(2));
        status.put("firstEvent", instant(totals.get(3)));
        status.put("lastEvent", instant(totals.get(4)));
        status.put("lastIngest", instant(store.query("SELECT max(ingested_at) FROM " + StoreSchema.MANIFEST_TABLE,
                List.of(), 1).rows().get(0).get(0)));
        Map<String, Object> files = new LinkedHashMap<>();
        for (String code : List.of("ok", "digest", "rejected", "failed")) {
            files.put(code, 0L);
        }
        for (List<Object> row : store.query("SELECT status, count(*) FROM " + LATEST + " GROUP BY status",
                List.of(), 100).rows()) {
            files.put(String.valueOf(row.get(0)), row.get(1));
        }
        status.put("files", files);
        List<Map<String, Object>> rejected = new ArrayList<>();
        ResultTable rows = store.query("SELECT path, error FROM " + LATEST
                + " WHERE status IN ('rejected', 'failed') ORDER BY id DESC LIMIT " + MAX_REJECTED, List.of(),
                MAX_REJECTED);
        for (List<Object> row : rows.rows()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", row.get(0));
            entry.put("error", row.get(1));
            rejected.add(entry);
        }
        status.put("rejected", rejected);
        status.put("geoAttribution", GeoDatabase.ATTRIBUTION);
        status.put("version", Optional.ofNullable(StatusHandler.class.getPackage().getImplementationVersion())
                .orElse("dev"));
        return status;
    }

    private static String engine(WebServices services) {
        List<Model> models = services.project().models();
        if (models.isEmpty()) {
            return "duckdb";
        }
        ConnectionConfig config = services.settings().connections().connection(models.get(0).connection());
        return config instanceof ConnectionConfig.Trino ? "trino"
                : config instanceof ConnectionConfig.Athena ? "athena" : "duckdb";
    }

    /** A stored UTC timestamp as an ISO instant ({@code 2024-05-01T00:00:03Z}). */
    static Object instant(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC).toString();
        }
        return JsonValues.of(value);
    }
}
