import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.ColumnType;
import io.trailscope.cloudtrail.SchemaField;
import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.dashboard.TileResult;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.engine.EngineConfig;
import io.trailscope.engine.ResultCache;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.model.SemanticProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Dashboard load time: every tile of every built-in dashboard, cold (the first run on a freshly
 * opened store), warm (median of N runs, every query run again on the engine) and cached (median of N
 * runs answered from the result cache, as a second viewer of a dashboard in `serve` gets it), either on the trailscope store or "the Athena way": the
 * same SQL over a view of the raw .json.gz files through DuckDB's read_json. Run with the jar on the
 * class path: {@code java -cp target/trailscope.jar bench/DashboardBench.java store STORE_DB WARM_RUNS}
 * or {@code ... raw STORE_DB WARM_RUNS LOGS_DIR RAW_DB [DASHBOARD]} (the raw database gets the store's
 * ip_geo and account_names, so joins match). Prints one line per dashboard and per tile.
 */
public final class DashboardBench {
    /** Tiles run concurrently, one per core, as `serve` and the `dashboard` command run them. */
    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path store = Path.of(args[1]).toAbsolutePath();
        int warmRuns = Integer.parseInt(args[2]);
        Path target = store;
        String only = null;
        if (mode.equals("raw")) {
            target = Path.of(args[4]).toAbsolutePath();
            createRawStore(store, Path.of(args[3]).toAbsolutePath(), target);
            only = args.length > 5 ? args[5] : null;
        }
        SemanticProject project = Projects.load(java.util.Optional.empty());
        for (DashboardDefinition dashboard : DashboardRunner.dashboards(project)) {
            if (only != null && !dashboard.name().equals(only)) {
                continue;
            }
            ResultCache cache = new ResultCache(ResultCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
            try (Connections connections = new Connections(EngineConfig.empty(), target, cache)) {
                QueryRunner queries = new QueryRunner(project, connections, Clock.systemUTC());
                DashboardRunner cached = new DashboardRunner(queries);
                DashboardRunner uncached = new DashboardRunner(queries.refreshing());
                long started = System.nanoTime();
                DashboardResult cold = uncached.run(dashboard, Map.of(), PARALLELISM);
                double coldMs = (System.nanoTime() - started) / 1e6;
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < warmRuns; i++) {
                    started = System.nanoTime();
                    uncached.run(dashboard, Map.of(), PARALLELISM);
                    warm.add((System.nanoTime() - started) / 1e6);
                }
                List<Double> fromCache = new ArrayList<>();
                for (int i = 0; i < warmRuns; i++) {
                    started = System.nanoTime();
                    cached.run(dashboard, Map.of(), PARALLELISM);
                    fromCache.add((System.nanoTime() - started) / 1e6);
                }
                long tiles = cold.tiles().stream().filter(tile -> !tile.isText()).count();
                System.out.printf("dashboard %s %s tiles %d failed %d cold_ms %.0f warm_median_ms %.0f"
                        + " cached_median_ms %.1f%n", mode, dashboard.name(), tiles, cold.failedTiles(), coldMs,
                        median(warm), median(fromCache));
                if (warmRuns > 0) {
                    tileTimes(mode, uncached, dashboard);
                }
            }
        }
    }

    /** Each tile alone (warm: after the dashboard's runs), as a one-tile copy of the dashboard. */
    private static void tileTimes(String mode, DashboardRunner runner, DashboardDefinition dashboard) {
        for (DashboardElement element : dashboard.elements()) {
            if (!element.hasQuery()) {
                continue;
            }
            DashboardDefinition one = new DashboardDefinition(dashboard.name(), dashboard.title(), dashboard.layout(),
                    dashboard.description(), dashboard.refresh(), dashboard.preferredViewer(), dashboard.tileSize(),
                    dashboard.width(), dashboard.crossfilterEnabled(), dashboard.autoRun(), dashboard.queryTimezone(),
                    dashboard.embedStyle(), dashboard.filters(), List.of(element), dashboard.otherKeys(),
                    dashboard.location(), dashboard.keyLocations());
            List<Double> times = new ArrayList<>();
            String error = "";
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                DashboardResult result = runner.run(one, Map.of());
                times.add((System.nanoTime() - started) / 1e6);
                TileResult tile = result.tiles().get(0);
                error = tile.error().map(text -> " ERROR " + text.replace('\n', ' ')).orElse("");
            }
            System.out.printf("  tile %s %s / %s warm_median_ms %.1f%s%n", mode, dashboard.name(),
                    element.name(), median(times), error);
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A store whose cloudtrail_logs is a view over the raw files, with the same column shapes and helpers. */
    private static void createRawStore(Path store, Path logs, Path raw) throws Exception {
        Files.deleteIfExists(raw);
        Files.deleteIfExists(Path.of(raw + ".wal"));
        try (DuckDbStore rawStore = DuckDbStore.open(raw); Statement statement = rawStore.connection().createStatement()) {
            statement.execute("ATTACH '" + store + "' AS s (READ_ONLY)");
            statement.execute("INSERT INTO ip_geo FROM s.ip_geo");
            statement.execute("INSERT INTO account_names FROM s.account_names");
            statement.execute("DETACH s");
            statement.execute("DROP TABLE " + CloudTrailSchema.TABLE);
            StringBuilder columns = new StringBuilder();
            for (SchemaField field : CloudTrailSchema.EVENT.fields()) {
                String value = "r.\"" + field.jsonName() + "\"";
                if (field.type() instanceof ColumnType.JsonText) {
                    value = "CAST(" + value + " AS VARCHAR)";
                }
                columns.append(value).append(" AS \"").append(field.columnName()).append("\", ");
            }
            String glob = logs + "/AWSLogs/*/CloudTrail/*/*/*/*/*.json.gz";
            statement.execute("CREATE VIEW " + CloudTrailSchema.TABLE + " AS SELECT " + columns
                    + "CAST(TRY_CAST(r.\"eventTime\" AS TIMESTAMPTZ) AS TIMESTAMP) AS " + CloudTrailSchema.EVENT_TIMESTAMP + ", "
                    + "CAST(TRY_CAST(r.\"eventTime\" AS TIMESTAMPTZ) AS DATE) AS " + CloudTrailSchema.EVENT_DATE + ", "
                    + "CAST(NULL AS VARCHAR) AS " + CloudTrailSchema.EXTRA_FIELDS + ", "
                    + "CAST(NULL AS BIGINT) AS " + CloudTrailSchema.SOURCE_FILE_ID
                    + " FROM (SELECT unnest(\"Records\") AS r FROM read_json('" + glob + "', columns = {'Records': '"
                    + rawType(CloudTrailSchema.EVENT) + "[]'}, maximum_object_size = 67108864))");
        }
    }

    /** The read_json type of the schema, keyed by the JSON names; JSON-text columns read as JSON (their text). */
    private static String rawType(ColumnType type) {
        if (type instanceof ColumnType.Struct struct) {
            StringBuilder sql = new StringBuilder("STRUCT(");
            for (int i = 0; i < struct.fields().size(); i++) {
                SchemaField field = struct.fields().get(i);
                sql.append(i == 0 ? "" : ", ").append('"').append(field.jsonName()).append("\" ");
                sql.append(field.type() instanceof ColumnType.JsonText ? "JSON" : rawType(field.type()));
            }
            return sql.append(')').toString();
        }
        if (type instanceof ColumnType.StructList list) {
            return rawType(list.element()) + "[]";
        }
        return type.duckDbType();
    }
}
