package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestCliCommands {
    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String EVENT = "{\"eventVersion\":\"1.08\",\"eventID\":\"e1\",\"eventTime\":\"2024-01-01T00:00:00Z\","
            + "\"eventName\":\"ConsoleLogin\",\"eventSource\":\"signin.amazonaws.com\",\"userIdentity\":{\"type\":\"Root\"}}";

    @Test
    void versionAndHelpEverywhere() {
        assertThat(run("--version").out()).startsWith("trailscope ");
        for (String command : new String[] {"ingest", "sql"}) {
            CliRun help = run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: trailscope " + command);
            assertThat(run(command, "--version").out()).startsWith("trailscope ");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("ingest", "--db", temp.resolve("x.db").toString()).exitCode()).isEqualTo(2);
        assertThat(run("ingest", "--since", "yesterday", "x").exitCode()).isEqualTo(2);
        CliRun backwards = run("ingest", "--since", "2024-02-01", "--until", "2024-01-01", "x");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--until 2024-01-01 is before --since 2024-02-01");
        assertThat(run("nonsense").exitCode()).isEqualTo(2);
    }

    @Test
    void rejectedInputExitsWithThreeAndNamesTheFile() throws IOException {
        Path logs = temp.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("good.json"), EVENT);
        Files.writeString(logs.resolve("bad.json"), "{\"Records\": [\n  {\"eventID\": }\n]}");
        Path db = temp.resolve("store.db");
        CliRun ingest = run("ingest", "--db", db.toString(), logs.toString());
        assertThat(ingest.exitCode()).isEqualTo(3);
        assertThat(ingest.out()).containsPattern("events added +1\n").containsPattern("files rejected +1\n")
                .contains("rejected: " + logs.resolve("bad.json") + ":2:15: malformed JSON");

        CliRun again = run("ingest", "--db", db.toString(), logs.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).containsPattern("files unchanged +2 ");

        CliRun status = run("ingest", "--status", "--db", db.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("rejected").contains("bad.json:2:15");

        CliRun sql = run("sql", "--db", db.toString(), "--format", "csv", "SELECT eventname, useridentity.type AS t FROM cloudtrail_logs");
        assertThat(sql.out()).isEqualTo("eventname,t\r\nConsoleLogin,Root\r\n");
        CliRun json = run("sql", "--db", db.toString(), "--format", "json", "SELECT eventid, event_timestamp FROM cloudtrail_logs");
        assertThat(json.out()).contains("\"eventid\" : \"e1\"").contains("\"event_timestamp\" : \"2024-01-01T00:00\"");
    }

    @Test
    void failuresExitWithOneAndAClearMessage() {
        CliRun missing = run("sql", "--db", temp.resolve("absent.db").toString(), "SELECT 1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no store at").contains("absent.db");
        CliRun nofolder = run("ingest", "--db", temp.resolve("s.db").toString(), temp.resolve("nowhere").toString());
        assertThat(nofolder.exitCode()).isEqualTo(1);
        assertThat(nofolder.err()).contains("cannot list").contains("nowhere");
    }
}
