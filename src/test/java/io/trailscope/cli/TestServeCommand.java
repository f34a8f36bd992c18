package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code demo} up to the point where they would serve until Ctrl-C. */
final class TestServeCommand {
    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpNamesTheOptions() {
        CliRun help = run("serve", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--port", "--bind", "--logs", "--db", "--project", "--prewarm");
        assertThat(run("demo", "--help").out()).contains("--no-serve", "--port", "--bind");
    }

    @Test
    void badPortsAreUsageErrors() {
        CliRun serve = run("serve", "--port", "70000", "--db", temp.resolve("x.db").toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).contains("--port must be 0..65535, not 70000");
        assertThat(run("demo", "--port", "-1", "--dir", temp.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void logsAreIngestedBeforeServingAndABusyPortIsAClearError() throws IOException {
        Path logs = temp.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("one.json"), "{\"Records\": [{\"eventVersion\":\"1.08\",\"eventID\":\"e1\","
                + "\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventName\":\"ConsoleLogin\"}]}");
        Path db = temp.resolve("store.db");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun serve = run("serve", "--db", db.toString(), "--logs", logs.toString(), "--port",
                    String.valueOf(busy.getLocalPort()));
            assertThat(serve.exitCode()).isEqualTo(1);
            assertThat(serve.out()).contains("events added                      1");
            assertThat(serve.err()).contains("error: cannot listen on 127.0.0.1:" + busy.getLocalPort());
        }
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs")).isEqualTo(1);
        }
    }

    @Test
    void demoWithoutServingStopsAfterTheSummary() {
        CliRun demo = run("demo", "--dir", temp.resolve("demo").toString(), "--events", "300", "--days", "1",
                "--no-serve");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Top event names:", "Try: java -jar target/trailscope.jar sql")
                .doesNotContain("serving");
    }
}
