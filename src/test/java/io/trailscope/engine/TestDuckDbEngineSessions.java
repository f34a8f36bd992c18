package io.trailscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.RenderedSql;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several threads query one engine at once, each on a session with the same zone, catalog, aliases and macros. */
final class TestDuckDbEngineSessions {
    @TempDir
    Path temp;

    @Test
    void concurrentQueriesSeeTheSameStore() throws Exception {
        Path file = temp.resolve("store.db");
        try (DuckDbStore store = DuckDbStore.open(file); Statement statement = store.connection().createStatement()) {
            statement.execute("INSERT INTO cloudtrail_logs (eventid, eventname, eventtime) VALUES"
                    + " ('a', 'ConsoleLogin', '2024-01-01T00:00:00Z'), ('b', 'GetObject', 'redacted')");
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DuckDbEngine engine = DuckDbEngine.open(file, Map.of("aws_optimizer", "main"))) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Object>>>> answers = new ArrayList<>();
            for (int i = 0; i < threads * 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return engine.execute(new RenderedSql("SELECT eventname, from_iso8601_timestamp(eventtime) IS NULL,"
                            + " current_setting('TimeZone') FROM aws_optimizer.cloudtrail_logs WHERE eventid <> ?"
                            + " ORDER BY 1", List.of("x")), 10).rows();
                }));
            }
            start.countDown();
            for (Future<List<List<Object>>> answer : answers) {
                assertThat(answer.get()).containsExactly(List.of("ConsoleLogin", false, "UTC"),
                        List.of("GetObject", true, "UTC"));
            }
            assertThat(engine.sessionCount()).isBetween(2, Math.max(2, Runtime.getRuntime().availableProcessors()));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sessionsOnlyRead() throws SQLException {
        Path file = temp.resolve("store.db");
        DuckDbStore.open(file).close();
        try (DuckDbEngine engine = DuckDbEngine.open(file, Map.of())) {
            assertThat(engine.execute(new RenderedSql("SELECT current_database()", List.of()), 1).rows())
                    .containsExactly(List.of("trailscope_store"));
        }
    }
}
