package io.trailscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestDuckDbEngine {
    @TempDir
    Path temp;

    private Path store() throws SQLException {
        Path file = temp.resolve("store.db");
        try (DuckDbStore store = DuckDbStore.open(file); Statement statement = store.connection().createStatement()) {
            statement.execute("INSERT INTO cloudtrail_logs (eventid, eventname, eventtime) VALUES"
                    + " ('a', 'ConsoleLogin', '2024-01-01T00:00:00Z'), ('b', 'GetObject', 'redacted')");
        }
        return file;
    }

    @Test
    void answersToTheSchemaNamesAModelUses() throws SQLException {
        try (DuckDbEngine engine = DuckDbEngine.open(store(), Map.of("aws_optimizer", "main",
                "awsdatacatalog.trail", "main"))) {
            ResultTable rows = engine.execute(new RenderedSql("SELECT eventname, from_iso8601_timestamp(eventtime)"
                    + " IS NULL FROM aws_optimizer.cloudtrail_logs WHERE eventid <> ? ORDER BY 1", List.of("x")), 10);
            assertThat(rows.rows()).containsExactly(List.of("ConsoleLogin", false), List.of("GetObject", true));
            assertThat(engine.execute(new RenderedSql("SELECT count(*) FROM awsdatacatalog.trail.cloudtrail_logs",
                    List.of()), 10).rows()).containsExactly(List.of(2L));
            assertThat(engine.execute(new RenderedSql("SELECT count(*) FROM cloudtrail_logs", List.of()), 10)
                    .rows()).containsExactly(List.of(2L));
            assertThat(engine.describe()).isEqualTo("duckdb store " + temp.resolve("store.db"));
        }
    }

    @Test
    void neverWritesTheStore() throws SQLException {
        try (DuckDbEngine engine = DuckDbEngine.open(store(), Map.of())) {
            assertThatThrownBy(() -> engine.execute(new RenderedSql("DELETE FROM cloudtrail_logs", List.of()), 10))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                            .isEqualTo(ErrorCode.ENGINE_QUERY_FAILED));
            assertThat(engine.execute(new RenderedSql("SELECT count(*) FROM cloudtrail_logs", List.of()), 10)
                    .rows()).containsExactly(List.of(2L));
        }
    }

    @Test
    void explainsWhatIsMissing() throws SQLException {
        assertThatThrownBy(() -> DuckDbEngine.open(temp.resolve("none.db"), Map.of()))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.STORE_INCOMPATIBLE))
                .hasMessage("no store at " + temp.resolve("none.db") + ": run `trailscope ingest SOURCE --db "
                        + temp.resolve("none.db") + "` first");
        Path store = store();
        assertThatThrownBy(() -> DuckDbEngine.open(store, Map.of("x", "nothing_here")))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.CONFIG_INVALID))
                .hasMessage("the store has no tables in schema 'nothing_here'");
        assertThatThrownBy(() -> DuckDbEngine.open(store, Map.of("a.b.c", "main")))
                .hasMessage("schema alias 'a.b.c' must be a name or catalog.schema");
        assertThatThrownBy(() -> Engines.open(new ConnectionConfig.Trino("jdbc:trino://127.0.0.1:1", "u",
                Optional.empty(), Optional.empty()), store))
                .hasMessage("cannot connect to Trino at jdbc:trino://127.0.0.1:1: the Trino JDBC driver"
                        + " (io.trino:trino-jdbc) is not on the class path");
    }
}
