import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The named baseline for the ingest benchmark: DuckDB's own read_json loading the same CloudTrail
 * files into a table, in the same JVM setup. Run with the trailscope jar on the class path:
 * {@code java -cp target/trailscope.jar bench/ReadJsonBaseline.java LOGS_DIR OUT_DB}.
 */
public final class ReadJsonBaseline {
    public static void main(String[] args) throws Exception {
        Path logs = Path.of(args[0]).toAbsolutePath();
        Path db = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        String glob = logs + "/AWSLogs/*/CloudTrail/*/*/*/*/*.json.gz";
        long started = System.nanoTime();
        long rows;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE cloudtrail AS SELECT r.* FROM (SELECT unnest(Records) AS r FROM read_json('"
                    + glob + "', format = 'auto', maximum_object_size = 67108864))");
            statement.execute("CHECKPOINT");
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM cloudtrail")) {
                result.next();
                rows = result.getLong(1);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("baseline_events %d%nbaseline_seconds %.2f%nbaseline_events_per_second %.0f%nbaseline_bytes %d%n",
                rows, seconds, rows / seconds, Files.size(db));
    }
}
