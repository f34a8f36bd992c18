package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailscope.cli.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CLI end to end on the built-in block: {@code validate} is clean, {@code dashboard NAME --format json} on grycap. */
final class TestBlockDashboardCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void validateOfTheBuiltInProjectIsClean() {
        CliRun run = run("validate");
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings\n");
        assertThat(run.exitCode()).isZero();
    }

    /** Every query tile's rows, as the JSON prints them (a cell is its text). */
    private static Map<String, List<List<String>>> dashboard(Path store, String name) throws Exception {
        CliRun run = run("dashboard", name, "--db", store.toString(), "--format", "json", "--filter",
                "Date=" + TestingDashboards.ALL_DATES);
        assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("dashboard").asText()).isEqualTo(name);
        assertThat(root.get("filters").get("Date").asText()).isEqualTo(TestingDashboards.ALL_DATES);
        Map<String, List<List<String>>> tiles = new LinkedHashMap<>();
        for (JsonNode tile : root.get("tiles")) {
            if (tile.get("kind").asText().equals("text")) {
                continue;
            }
            assertThat(tile.has("error")).as(name + "/" + tile.get("title")).isFalse();
            assertThat(tile.get("rows").isArray()).isTrue();
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : tile.get("rows")) {
                List<String> cells = new ArrayList<>();
                row.elements().forEachRemaining(cell -> cells.add(cell.isNull() ? null : cell.asText()));
                rows.add(cells);
            }
            tiles.put(tile.get("title").asText(), rows);
        }
        return tiles;
    }

    @Test
    void dashboardJsonPrintsEveryTilesRowsOnGrycap() throws Exception {
        Optional<Path> grycap = TestingStores.grycap();
        assumeTrue(grycap.isPresent(), TestingStores.SKIP_MESSAGE);
        int queryTiles = 0;
        for (String name : TestingDashboards.names()) {
            queryTiles += dashboard(grycap.get(), name).size();
        }
        assertThat(queryTiles).isEqualTo(65);
        Map<String, List<List<String>>> security = dashboard(grycap.get(), "security_overview");
        // SOURCES.md: 11,412 events, 21 by Root, 90 security-group changes, 16 ConsoleLogin (none with MFA);
        // 3.1 = 57 AccessDenied + 8 Client.UnauthorizedOperation (TestBlockDashboardsOnGrycap counts them in SQL).
        assertThat(security.get("Events")).containsExactly(List.of("11412"));
        assertThat(security.get("Root Events")).containsExactly(List.of("21"));
        assertThat(security.get("3.10 Security Group Changes")).containsExactly(List.of("90"));
        assertThat(security.get("Console Logins without MFA")).containsExactly(List.of("16"));
        assertThat(security.get("3.1 Unauthorized API Calls")).containsExactly(List.of("65"));
        Map<String, List<List<String>>> errors = dashboard(grycap.get(), "error_overview");
        assertThat(errors.get("Top Error Codes").get(0)).containsExactly("NoSuchWebsiteConfiguration", "502");
        assertThat(errors.get("Top Error Codes")).contains(List.of("AccessDenied", "57"));
        assertThat(errors.get("Errors and Events Over Time").get(0).subList(0, 3)).containsExactly("2017-06-01", "11412", "1225");
    }
}
