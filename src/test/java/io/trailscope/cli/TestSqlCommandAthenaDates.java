package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sql command takes SQL written for Athena: Presto's date_format/date_parse specifiers give Athena's answers. */
final class TestSqlCommandAthenaDates {
    @TempDir
    static Path temp;

    private static String db;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingest() {
        db = temp.resolve("store.db").toString();
        assertThat(run("ingest", "--db", db, "src/test/resources/dashboard/logs").exitCode()).isZero();
    }

    @Test
    void minutesAndSecondsAreAthenas() {
        CliRun run = run("sql", "--db", db, "--format", "csv", "SELECT date_format(event_timestamp, '%Y-%m-%d %H:%i') AS m,"
                + " date_format(date_parse(eventtime, '%Y-%m-%dT%H:%i:%sZ'), '%W %e %M %Y, %l:%i %p') AS p"
                + " FROM cloudtrail_logs ORDER BY eventtime LIMIT 2");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("m,p\r\n2024-04-01 00:00,\"Monday 1 April 2024, 12:00 AM\"\r\n"
                + "2024-05-16 23:00,\"Thursday 16 May 2024, 11:00 PM\"\r\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aSpecifierAthenaRejectsIsAClearError() {
        CliRun run = run("sql", "--db", db, "SELECT date_format(event_timestamp, '%D') FROM cloudtrail_logs");
        assertThat(run.err()).contains("date format '%D': %D is not supported by Presto/Athena's date_format and"
                + " date_parse (at character 1)");
        assertThat(run.exitCode()).isNotZero();
    }
}
