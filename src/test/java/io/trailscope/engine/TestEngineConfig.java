package io.trailscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestEngineConfig {
    @TempDir
    Path temp;

    private EngineConfig read(String yaml) throws IOException {
        Path file = temp.resolve("trailscope.yaml");
        Files.writeString(file, yaml);
        return EngineConfig.read(file);
    }

    @Test
    void readsEveryConnectionType() throws IOException {
        EngineConfig config = read("""
                connections:
                  aws_optimizer:
                    type: duckdb
                    path: data/store.db
                    schemas:
                      aws_optimizer: main
                      awsdatacatalog.default: main
                  warehouse:
                    type: trino
                    url: jdbc:trino://localhost:8080
                    user: analyst
                    catalog: hive
                    schema: cloudtrail
                  lake:
                    type: athena
                    region: eu-west-1
                    workgroup: primary
                """);
        assertThat(config.connection(Optional.of("aws_optimizer"))).isEqualTo(new ConnectionConfig.DuckDb(
                Optional.of(temp.toAbsolutePath().resolve("data/store.db")),
                Map.of("aws_optimizer", "main", "awsdatacatalog.default", "main")));
        assertThat(config.connection(Optional.of("warehouse"))).isEqualTo(new ConnectionConfig.Trino(
                "jdbc:trino://localhost:8080", "analyst", Optional.of("hive"), Optional.of("cloudtrail")));
        assertThat(config.connection(Optional.of("lake"))).isEqualTo(new ConnectionConfig.Athena("eu-west-1",
                Optional.empty(), Optional.of("primary"), Optional.empty()));
        assertThat(config.connection(Optional.of("unknown"))).isEqualTo(ConnectionConfig.DuckDb.defaultStore());
        assertThat(config.connection(Optional.empty())).isEqualTo(ConnectionConfig.DuckDb.defaultStore());
        assertThat(Engines.dialect(config.connection(Optional.of("lake"))).name()).isEqualTo("athena");
    }

    @Test
    void anEmptyFileMeansNoConnections() throws IOException {
        assertThat(read("").connections()).isEmpty();
        assertThat(read("# nothing\n").connections()).isEmpty();
    }

    @Test
    void reportsMistakesWithTheFileAndPlace() {
        assertInvalid("connections:\n  a:\n    type: postgres\n", ": connections.a.type 'postgres' is not duckdb,"
                + " trino or athena");
        assertInvalid("connections:\n  a:\n    type: duckdb\n    paht: x\n", ": connections.a.paht is not a"
                + " setting of this connection type");
        assertInvalid("connections:\n  a:\n    type: trino\n    user: x\n", ": connections.a.url is missing");
        assertInvalid("connections:\n  a: {}\n", ": connections.a.type is missing: duckdb, trino or athena");
        assertInvalid("connections: [a]\n", ": 'connections' must map connection names to settings");
        assertInvalid("connections:\n  a:\n    type: duckdb\n    schemas: [main]\n",
                ": connections.a.schemas must map names to store schemas, e.g. aws_optimizer: main");
        assertInvalid("connections:\n  a: [\n", ":2:7: not valid YAML: while parsing a flow node");
    }

    private void assertInvalid(String yaml, String message) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.CONFIG_INVALID))
                .hasMessageStartingWith(temp.resolve("trailscope.yaml") + message);
    }
}
