package io.trailscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.trailscope.block.BuiltInBlock;
import io.trailscope.engine.EngineConfig;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.DashboardFilterDefinition;
import io.trino.sql.parser.SqlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every tile of every built-in dashboard compiles for Trino and for Athena, and Trino's own parser (435) accepts
 * the SQL, with the filters' defaults and with a value in every filter. No server: the SQL is rendered, not run.
 */
final class TestBuiltInBlockOnTrino {
    private static final SqlParser PARSER = new SqlParser();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> CONNECTIONS = Map.of(
            "trino", "type: trino\n    url: jdbc:trino://localhost:8080\n    user: analyst\n    catalog: hive\n"
                    + "    schema: trailscope\n",
            "athena", "type: athena\n    region: eu-west-1\n    database: trailscope\n");

    @TempDir
    Path folder;

    /** Connections whose "trailscope" (the block's connection) is a Trino or Athena server; none is ever opened. */
    private Connections connections(String type) throws IOException {
        Path file = folder.resolve("trailscope.yaml");
        Files.writeString(file, "connections:\n  trailscope:\n    " + CONNECTIONS.get(type));
        return new Connections(EngineConfig.read(file), folder.resolve("unused.db"));
    }

    /** A value for every filter of the dashboard, of the kind the filter takes. */
    private static Map<String, String> everyFilterSet(DashboardDefinition dashboard) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DashboardFilterDefinition filter : dashboard.filters()) {
            values.put(filter.name(), filter.name().equals("Date") ? "7 days" : "%o'neil%,-x");
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"trino", "athena"})
    void everyTileCompilesAndParses(String type) throws IOException {
        try (Connections connections = connections(type)) {
            QueryRunner runner = new QueryRunner(Projects.load(Optional.empty()), connections, NOW);
            assertThat(compileAndParseEveryTile(type, runner)).isEqualTo(2 * 65);
        }
    }

    private static int compileAndParseEveryTile(String type, QueryRunner runner) {
        int compiled = 0;
        for (DashboardDefinition dashboard : DashboardRunner.dashboards(runner.project())) {
            for (Map<String, String> values : List.of(DashboardRunner.values(dashboard, Map.of()),
                    everyFilterSet(dashboard))) {
                for (DashboardElement element : dashboard.elements()) {
                    if (!element.hasQuery()) {
                        continue;
                    }
                    String tile = type + " " + dashboard.name() + "/" + element.name() + " " + values;
                    List<String> notes = new ArrayList<>();
                    String sql = runner.sql(TileRequests.of(dashboard, element, values, notes));
                    assertThat(notes).as(tile).isEmpty();
                    assertThat(sql).as(tile + ": fields absent from Athena's standard CloudTrail table")
                            .doesNotContain(".identityprovider").doesNotContain(".credentialid");
                    assertThatCode(() -> PARSER.createStatement(sql)).as(tile + "\n" + sql).doesNotThrowAnyException();
                    compiled++;
                }
            }
        }
        return compiled;
    }

    /**
     * Geo on Trino/Athena is a matter of data, not of dialect: trino-setup.sql creates an empty {@code ip_geo} view
     * (and an empty {@code account_names}), so geo tiles run and country/city read "Geo-IP unavailable" (the same
     * empty table a DuckDB store has before enrichment, see TestBlockDashboardsOnGenerated). This checks the views
     * have every column the block reads.
     */
    @Test
    void theTrinoSetupViewsHaveEveryColumnTheBlockReads() {
        String setup = BuiltInBlock.read(BuiltInBlock.TRINO_SETUP);
        for (String view : List.of("ip_geo", "account_names")) {
            String definition = setup.substring(setup.indexOf("VIEW trailscope." + view + " AS"));
            definition = definition.substring(0, definition.indexOf(';'));
            Matcher columns = Pattern.compile("\\$\\{TABLE}\\.([a-z_]+)").matcher(BuiltInBlock.read(view + ".view.lkml"));
            int read = 0;
            while (columns.find()) {
                assertThat(definition).as(view + " reads " + columns.group(1)).containsPattern(" AS " + columns.group(1) + "\\b");
                read++;
            }
            assertThat(read).as(view).isGreaterThan(1);
        }
        String events = setup.substring(setup.indexOf("VIEW trailscope.cloudtrail_logs AS"));
        for (String helper : List.of("event_timestamp", "event_date", "managementevent", "insightdetails", "extra_fields",
                "source_file_id")) {
            assertThat(events).as(helper).containsPattern(" AS " + helper + "\\b");
        }
    }
}
