package io.trailscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.engine.EngineConfig;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard of {@code src/test/resources/dashboard/trail} on a real store, as of 2024-05-18 18:30:02 UTC. */
final class TestDashboardRunner {
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-18T18:30:02Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;

    private static SemanticProject project;
    private static Connections connections;
    private static DashboardRunner runner;

    @BeforeAll
    static void open() {
        Path store = TestingStores.create(temp);
        project = Projects.load(Optional.of(TestingStores.PROJECT));
        connections = new Connections(EngineConfig.read(TestingStores.PROJECT.resolve("trailscope.yaml")), store);
        runner = new DashboardRunner(new QueryRunner(project, connections, NOW));
    }

    @AfterAll
    static void close() {
        connections.close();
    }

    private static DashboardDefinition overview() {
        return DashboardRunner.find(project, "overview");
    }

    private static QueryResult tile(DashboardResult result, String name) {
        return result.tiles().stream().filter(tile -> tile.element().name().equals(name)).findFirst().orElseThrow()
                .result().orElseThrow();
    }

    @Test
    void aListenedFilterReplacesTheTilesOwn() {
        DashboardResult result = runner.run(overview(), Map.of());
        assertThat(result.filterValues()).containsExactly(Map.entry("Date", "7 days"),
                Map.entry("Group", "%sg-%"), Map.entry("Nic", "%eni-%"));
        assertThat(tile(result, "by_event").rows()).containsExactly(List.of("ConsoleLogin", 2L),
                List.of("AuthorizeSecurityGroupIngress", 1L), List.of("GetObject", 1L));
        DashboardResult noDate = runner.run(overview(), Map.of("Date", ""));
        assertThat(tile(noDate, "by_event").rows()).containsExactly(List.of("ConsoleLogin", 2L),
                List.of("AuthorizeSecurityGroupIngress", 1L), List.of("GetObject", 1L), List.of("RunInstances", 1L));
        DashboardResult lastDay = runner.run(overview(), Map.of("Date", "1 days"));
        assertThat(tile(lastDay, "by_event").rows()).containsExactly(List.of("ConsoleLogin", 2L));
    }

    @Test
    void twoFiltersOnOneFieldAreAnded() {
        DashboardResult result = runner.run(overview(), Map.of());
        assertThat(tile(result, "security").rows()).containsExactly(List.of("AuthorizeSecurityGroupIngress",
                "alice"));
        DashboardResult withoutNic = runner.run(overview(), Map.of("Network ID", "", "Date", "60 days"));
        assertThat(tile(withoutNic, "security").rows()).containsExactly(
                List.of("AuthorizeSecurityGroupIngress", "alice"), List.of("RunInstances", "alice"));
    }

    @Test
    void aBrokenTileFailsInItsSlotWhileTheOthersRun() {
        DashboardResult result = runner.run(overview(), Map.of());
        assertThat(result.tiles()).extracting(TileResult::title).containsExactly("By Event", "Security Changes",
                "Broken", "Rates", "Week", "About");
        TileResult broken = result.tiles().get(2);
        assertThat(broken.error()).contains("view 'events' has no field 'nope'");
        assertThat(result.failedTiles()).isEqualTo(1);
        assertThat(result.tiles().get(5).isText()).isTrue();
        assertThat(result.tiles().get(5).element().text().bodyText()).contains("Counts of CloudTrail events.");
    }

    @Test
    void hidesFieldsAfterComputingTableCalculations() {
        QueryResult rates = tile(runner.run(overview(), Map.of()), "rates");
        assertThat(rates.columns()).extracting(ResultColumn::name).containsExactly("events.event_source",
                "events.count", "error_share");
        assertThat(rates.rows()).containsExactly(List.of("ec2.amazonaws.com", 2L, 0.0),
                List.of("s3.amazonaws.com", 1L, 1.0), List.of("signin.amazonaws.com", 2L, 0.5));
    }

    @Test
    void pivotsAndFillsInTheTilesTimeZone() {
        QueryResult week = tile(runner.run(overview(), Map.of()), "week");
        assertThat(week.columns()).extracting(ResultColumn::name).containsExactly("events.event_time_hour_of_day",
                "events.count|Thursday", "events.count|Friday", "events.count|Saturday", "events.count|Sunday");
        assertThat(week.rows()).hasSize(24);
        assertThat(week.rows().get(2)).containsExactly(2L, null, 1L, null, null);
        assertThat(week.rows().get(16)).containsExactly(16L, 1L, null, null, null);
        assertThat(week.rows().get(17)).containsExactly(17L, null, null, null, 1L);
        assertThat(week.rows().get(0)).isEqualTo(Arrays.asList(0L, null, null, null, null));
    }

    /**
     * Block quirks: legacy repeated filters with inline comments, {@code ;;} without a space,
     * {@code value_format_name:x}} with no space, a {@code --} comment holding a reference, a derived table with
     * ORDER BY and LIMIT, a trailing comma in a set, a null tile filter, a {@code 0} after a sort, a stray label,
     * export artefacts, a commented-out list item, duplicate keys, a symmetric sum through a many_to_one join.
     */
    @Test
    void runsTheQuirksOfPublicBlocks() {
        DashboardResult result = runner.run(DashboardRunner.find(project, "quirks"), Map.of());
        assertThat(result.failedTiles()).isZero();
        assertThat(tile(result, "Logins").rows()).containsExactly(List.of("Elsewhere", 2L, 1L, 0.5, 1.0),
                List.of("Ireland", 3L, 0L, 0.0, 2.0));
        assertThat(tile(result, "Without MFA").rows()).containsExactly(List.of("alice", 1L));
        assertThat(tile(result, "Addresses").rows()).containsExactly(List.of("alice", new BigDecimal("2")),
                List.of("bob", new BigDecimal("1")), Arrays.asList(null, new BigDecimal("1")));
        assertThat(result.tiles().get(3).element().text().bodyText()).contains("Two lines\nof text.");
    }

    @Test
    void unknownDashboardsAndFiltersAreClearErrors() {
        assertThatThrownBy(() -> DashboardRunner.find(project, "nope"))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.DASHBOARD_UNKNOWN))
                .hasMessage("no dashboard 'nope'; there are: overview, quirks");
        assertThatThrownBy(() -> runner.run(overview(), Map.of("When", "1 day")))
                .hasMessage("dashboard 'overview' has no filter 'When'; its filters: Date, Group, Nic");
    }
}
