package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query, dashboards and dashboard on the dashboard fixture project and a store ingested from its logs. */
final class TestSemanticCommands {
    private static final String PROJECT = "src/test/resources/dashboard/trail";
    private static final String NOW = "--now=2024-05-18T18:30:02Z";

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
    void queryPrintsRowsAndNotes() {
        CliRun run = run("query", "--db", db, "--project", PROJECT, NOW, "--explore", "events",
                "--fields", "events.event_name,events.count", "--filter", "events.event_time_date=7 days",
                "--filter", "events.event_name=-GetObject", "--sort", "events.count desc", "--sort", "events.nope");
        assertThat(run.out()).isEqualTo("""
                events.event_name             | events.count
                ------------------------------+-------------
                ConsoleLogin                  | 2
                AuthorizeSecurityGroupIngress | 1
                (2 rows)
                """);
        assertThat(run.err()).isEqualTo("note: sort on 'events.nope' ignored: no such field\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void queryAsJsonAndCsv() {
        CliRun json = run("query", "--db", db, "--project", PROJECT, "--explore", "events", "--fields",
                "events.user_type,events.count", "--sort", "events.user_type", "--format", "json");
        assertThat(json.out()).isEqualTo("""
                [ {
                  "events.user_type" : "IAMUser",
                  "events.count" : 4
                }, {
                  "events.user_type" : "Root",
                  "events.count" : 1
                } ]
                """);
        CliRun csv = run("query", "--db", db, "--project", PROJECT, "--explore", "events", "--fields",
                "events.event_time_hour_of_day,events.count", "--timezone", "America/Los_Angeles", "--sort",
                "events.event_time_hour_of_day", "--limit", "2", "--format", "csv");
        assertThat(csv.out()).isEqualTo("events.event_time_hour_of_day,events.count\r\n2,1\r\n3,1\r\n");
    }

    @Test
    void querySqlShowsTheSqlWithoutRunning() {
        CliRun run = run("query", "--db", temp.resolve("absent.db").toString(), "--project", PROJECT, NOW, "--explore",
                "events", "--fields", "events.region", "--filter", "events.region=eu-%", "--sql");
        assertThat(run.out()).isEqualTo("""
                SELECT
                  "events".awsregion AS "events.region"
                FROM lake.cloudtrail_logs AS "events"
                WHERE ("events".awsregion) LIKE 'eu-%' ESCAPE '\\'
                GROUP BY 1
                ORDER BY "events.region" ASC
                LIMIT 500
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void queryErrorsAreClear() {
        CliRun unknown = run("query", "--db", db, "--project", PROJECT, "--explore", "events", "--fields",
                "events.evnt_name");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: view 'events' has no field 'evnt_name'; did you mean"
                + " 'events.event_name'?\n");
        CliRun badFilter = run("query", "--db", db, "--project", PROJECT, "--explore", "events", "--fields",
                "events.count", "--filter", "events.count");
        assertThat(badFilter.err()).isEqualTo("error: --filter 'events.count' must be FIELD=EXPRESSION, e.g."
                + " 'cloudtrail_logs.event_name=ConsoleLogin'\n");
        CliRun noStore = run("query", "--db", temp.resolve("absent.db").toString(), "--project", PROJECT,
                "--explore", "events", "--fields", "events.count");
        assertThat(noStore.exitCode()).isEqualTo(1);
        assertThat(noStore.err()).startsWith("error: no store at ");
    }

    @Test
    void dashboardsListsThem() {
        CliRun run = run("dashboards", "--project", PROJECT);
        assertThat(run.out()).isEqualTo("""
                dashboard | title    | tiles | query_tiles | filters | file
                ----------+----------+-------+-------------+---------+--------------------------
                overview  | Overview | 6     | 5           | 3       | overview.dashboard.lookml
                quirks    | Quirks   | 4     | 3           | 0       | quirks.dashboard.lookml
                (2 rows)
                """);
    }

    @Test
    void dashboardRunsEveryTileAndExitsWithThreeWhenOneFails() {
        CliRun run = run("dashboard", "overview", "--db", db, "--project", PROJECT, NOW, "--filter", "Date=1 days");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).startsWith("""
                # Overview (overview)
                filter Date = 1 days
                filter Group = %sg-%
                filter Nic = %eni-%

                ## By Event [table]
                events.event_name | events.count
                ------------------+-------------
                ConsoleLogin      | 2
                (1 row)

                ## Security Changes [table]
                events.event_name | events.user_name
                ------------------+-----------------
                (0 rows)

                ## Broken [table]
                error: view 'events' has no field 'nope'
                """);
        assertThat(run.out()).endsWith("""
                ## About [text]
                About
                Counts of CloudTrail events.
                """);
        CliRun json = run("dashboard", "overview", "--db", db, "--project", PROJECT, NOW, "--format", "json");
        assertThat(json.out()).contains("\"kind\" : \"text\"", "\"error\" : \"view 'events' has no field 'nope'\"",
                "\"error_share\" : 0.5");
    }
}
