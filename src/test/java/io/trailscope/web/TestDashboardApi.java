package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.dashboard.TileResult;
import io.trailscope.engine.EngineConfig;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.result.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status and the dashboard endpoints on the shared generated store. */
final class TestDashboardApi {
    private final WebFixture fixture = WebFixture.shared();
    private final Http http = fixture.http;

    @Test
    void statusCountsWhatTheStoreHolds() {
        JsonNode status = http.get("/api/status").json();
        assertThat(status.get("events").asLong()).isEqualTo(fixture.count("SELECT count(*) FROM cloudtrail_logs"))
                .isGreaterThan(WebFixture.EVENTS - 1);
        assertThat(status.get("accounts").asLong()).isEqualTo(3);
        assertThat(status.get("regions").asLong()).isEqualTo(
                fixture.count("SELECT count(DISTINCT awsregion) FROM cloudtrail_logs"));
        assertThat(status.get("firstEvent").asText()).startsWith("2024-05-28T");
        assertThat(status.get("lastEvent").asText()).startsWith("2024-05-30T");
        assertThat(status.get("files").get("ok").asLong()).isEqualTo(
                fixture.count("SELECT count(*) FROM ingest_manifest WHERE status = 'ok'"));
        assertThat(status.get("files").get("rejected").asLong()).isZero();
        assertThat(status.get("rejected").size()).isZero();
        assertThat(status.get("project").asText()).isEqualTo("built-in");
        assertThat(status.get("engine").asText()).isEqualTo("duckdb");
        assertThat(status.get("geoAttribution").asText()).contains("DB-IP");
    }

    @Test
    void dashboardsAreListedInTitleOrder() {
        JsonNode list = http.get("/api/dashboards").json();
        List<String> titles = new ArrayList<>();
        list.forEach(entry -> titles.add(entry.get("title").asText()));
        assertThat(titles).containsExactly("Accounts & Regions", "Console Login Overview",
                "EC2 Security Group Modifications", "Error Overview", "General Operations", "Investigate",
                "Operational Account Activity", "Security Overview");
        assertThat(list.get(4).get("name").asText()).isEqualTo("general_operations");
        assertThat(list.get(4).get("tiles").asInt()).isEqualTo(6);
        assertThat(list.get(4).get("filters").asInt()).isEqualTo(3);
    }

    @Test
    void aDefinitionHasFiltersElementsAndPositions() {
        JsonNode dashboard = http.get("/api/dashboards/accounts_and_regions").json();
        assertThat(dashboard.get("title").asText()).isEqualTo("Accounts & Regions");
        JsonNode region = dashboard.get("filters").get(2);
        assertThat(region.get("name").asText()).isEqualTo("Region");
        assertThat(region.get("field").asText()).isEqualTo("cloudtrail_logs.aws_region");
        assertThat(region.get("suggestable").asBoolean()).isTrue();
        JsonNode first = dashboard.get("elements").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Events by Account");
        assertThat(List.of(first.get("row").asInt(), first.get("col").asInt(), first.get("width").asInt(),
                first.get("height").asInt())).containsExactly(0, 0, 12, 8);
        assertThat(first.get("query").get("listen").get("Region").asText()).isEqualTo("cloudtrail_logs.aws_region");
        assertThat(first.get("type").asText()).isEqualTo("looker_column");
    }

    @Test
    void everyTileOfEveryBuiltInDashboardRuns() {
        for (JsonNode entry : http.get("/api/dashboards").json()) {
            String name = entry.get("name").asText();
            Http.Response run = http.post("/api/dashboards/" + name + "/run", "{}");
            assertThat(run.status()).as(name).isEqualTo(200);
            JsonNode tiles = run.json().get("tiles");
            assertThat(tiles.size()).as(name).isPositive();
            tiles.fields().forEachRemaining(tile -> assertThat(tile.getValue().has("error"))
                    .as(name + " / " + tile.getKey() + ": " + tile.getValue().path("error")).isFalse());
            long slowestTile = 0;
            for (JsonNode tile : tiles) {
                slowestTile = Math.max(slowestTile, tile.get("runtimeMs").asLong());
            }
            assertThat(run.json().get("runtimeMs").asLong()).as(name).isGreaterThanOrEqualTo(slowestTile);
        }
    }

    @Test
    void concurrentTilesGiveWhatSequentialTilesGive() {
        SemanticProject project = Projects.load(Optional.empty());
        try (Connections connections = new Connections(EngineConfig.empty(), fixture.store)) {
            DashboardRunner runner = new DashboardRunner(new QueryRunner(project, connections, WebFixture.NOW));
            DashboardDefinition dashboard = DashboardRunner.find(project, "security_overview");
            DashboardResult sequential = runner.run(dashboard, Map.of());
            DashboardResult concurrent = runner.run(dashboard, Map.of(), 4);
            assertThat(concurrent.tiles()).hasSize(sequential.tiles().size());
            for (int i = 0; i < sequential.tiles().size(); i++) {
                TileResult one = sequential.tiles().get(i);
                TileResult other = concurrent.tiles().get(i);
                assertThat(other.element().name()).isEqualTo(one.element().name());
                assertThat(other.error()).isEqualTo(one.error());
                assertThat(other.result().map(QueryResult::rows)).isEqualTo(one.result().map(QueryResult::rows));
            }
            assertThat(concurrent.failedTiles()).isZero();
        }
    }

    @Test
    void aSecondRunAnswersFromTheResultCacheAndCacheFalseRunsAgain() {
        String tile = "/api/dashboards/accounts_and_regions/tiles/Events%20by%20Region";
        // a filter no other test uses, so the first run cannot find a kept result
        Map<String, Object> body = Map.of("filters", Map.of("Region", "eu-west-1,ap-south-1,us-west-2"));
        JsonNode first = http.post(tile, body).json();
        JsonNode second = http.post(tile, body).json();
        assertThat(first.get("cached").asBoolean()).isFalse();
        assertThat(first.get("cachedAt").isNull()).isTrue();
        assertThat(second.get("cached").asBoolean()).isTrue();
        assertThat(second.get("cachedAt").asText()).isEqualTo(WebFixture.NOW.instant().toString());
        assertThat(second.get("rows")).isEqualTo(first.get("rows"));
        assertThat(second.get("sql")).isEqualTo(first.get("sql"));

        JsonNode refreshed = http.post(tile + "?cache=false", body).json();
        assertThat(refreshed.get("cached").asBoolean()).isFalse();
        assertThat(refreshed.get("rows")).isEqualTo(first.get("rows"));
        assertThat(http.post(tile + "?cache=true", body).json().get("cached").asBoolean()).isTrue();

        Http.Response bad = http.post(tile + "?cache=maybe", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").get("message").asText()).contains("cache must be true or false");
    }

    @Test
    void aWholeDashboardRunAgainComesFromTheCacheUnlessRefreshed() {
        String run = "/api/dashboards/operational_account_activity/run";
        Map<String, Object> body = Map.of("filters", Map.of(), "timeZone", "Asia/Kolkata");
        http.post(run, body);
        JsonNode again = http.post(run, body).json().get("tiles");
        again.forEach(tile -> assertThat(tile.get("cached").asBoolean()).as(tile.get("title").asText()).isTrue());
        JsonNode refreshed = http.post(run + "?cache=false", body).json().get("tiles");
        refreshed.forEach(tile -> assertThat(tile.get("cached").asBoolean()).as(tile.get("title").asText())
                .isFalse());
        assertThat(refreshed.size()).isEqualTo(again.size()).isPositive();
    }

    @Test
    void aTileRunsWithTheFiltersGivenAndReturnsItsEffectiveQuery() {
        Http.Response all = http.post("/api/dashboards/accounts_and_regions/tiles/Events%20by%20Region",
                Map.of("filters", Map.of()));
        assertThat(all.status()).isEqualTo(200);
        long total = 0;
        for (JsonNode row : all.json().get("rows")) {
            for (int i = 1; i < row.size(); i++) {
                total += row.get(i).asLong();
            }
        }
        assertThat(total).isEqualTo(fixture.count("SELECT count(*) FROM cloudtrail_logs"));
        Http.Response oneRegion = http.post("/api/dashboards/accounts_and_regions/tiles/Events%20by%20Region",
                Map.of("filters", Map.of("Region", "us-east-1"), "timeZone", "UTC"));
        JsonNode body = oneRegion.json();
        assertThat(body.get("title").asText()).isEqualTo("Events by Region");
        assertThat(body.get("query").get("filters").get("cloudtrail_logs.aws_region").asText()).isEqualTo("us-east-1");
        assertThat(body.get("query").get("timeZone").asText()).isEqualTo("UTC");
        long inRegion = 0;
        for (JsonNode row : body.get("rows")) {
            for (int i = 1; i < row.size(); i++) {
                inRegion += row.get(i).asLong();
            }
        }
        assertThat(inRegion).isEqualTo(fixture.count(
                "SELECT count(*) FROM cloudtrail_logs WHERE awsregion = 'us-east-1'")).isPositive();
    }

    @Test
    void unknownDashboardsTilesAndFiltersAreRefused() {
        Http.Response dashboard = http.get("/api/dashboards/nope");
        assertThat(dashboard.status()).isEqualTo(404);
        assertThat(dashboard.errorCode()).isEqualTo("DASHBOARD_UNKNOWN");
        assertThat(dashboard.json().get("error").get("number").asInt()).isEqualTo(201);
        Http.Response tile = http.post("/api/dashboards/general_operations/tiles/nope", "{}");
        assertThat(tile.status()).isEqualTo(404);
        assertThat(tile.errorCode()).isEqualTo("WEB_NOT_FOUND");
        Http.Response filter = http.post("/api/dashboards/general_operations/run",
                Map.of("filters", Map.of("No such filter", "1")));
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.errorCode()).isEqualTo("QUERY_INVALID");
        Http.Response traversal = http.get("/api/dashboards/..%2F..%2Fetc%2Fpasswd");
        assertThat(traversal.status()).isEqualTo(404);
        Http.Response injection = http.get("/api/dashboards/x'%20OR%20'1'='1");
        assertThat(injection.status()).isEqualTo(404);
        assertThat(injection.errorCode()).isEqualTo("DASHBOARD_UNKNOWN");
    }

    @Test
    void aBadFilterValueFailsInsideItsTileOnly() {
        Http.Response run = http.post("/api/dashboards/accounts_and_regions/run",
                Map.of("filters", Map.of("Date", "not a date at all")));
        assertThat(run.status()).isEqualTo(200);
        JsonNode tiles = run.json().get("tiles");
        JsonNode failed = tiles.get("Events by Region");
        assertThat(failed.get("error").get("code").asText()).isEqualTo("FILTER_EXPRESSION");
        assertThat(failed.get("title").asText()).isEqualTo("Events by Region");
        assertThat(failed.has("rows")).isFalse();
    }

    @Test
    void malformedRunBodiesAreBadRequests() {
        Http.Response garbage = http.post("/api/dashboards/general_operations/run", "{not json");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.errorCode()).isEqualTo("WEB_BAD_REQUEST");
        Http.Response array = http.post("/api/dashboards/general_operations/run", "[1,2]");
        assertThat(array.status()).isEqualTo(400);
        Http.Response wrongType = http.post("/api/dashboards/general_operations/run", "{\"filters\": [1]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("error").get("message").asText()).isEqualTo("run 'filters' must be an object");
        Http.Response unknownKey = http.post("/api/dashboards/general_operations/run", "{\"sql\": \"DROP TABLE x\"}");
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.errorCode()).isEqualTo("WEB_BAD_REQUEST");
    }

    @Test
    void anUnknownTimeZoneIsOneBadRequest() {
        for (String path : List.of("/api/dashboards/general_operations/run",
                "/api/dashboards/general_operations/tiles/Top%2010%20Events")) {
            Http.Response response = http.post(path, "{\"timeZone\": \"Mars/Olympus'; --\"}");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.errorCode()).as(path).isEqualTo("QUERY_INVALID");
            assertThat(response.json().get("error").get("message").asText()).as(path)
                    .isEqualTo("unknown time zone 'Mars/Olympus'; --': use an IANA name such as America/Los_Angeles or UTC");
        }
        assertThat(http.post("/api/dashboards/general_operations/run", "{\"timeZone\": \"Asia/Tokyo\"}").status())
                .isEqualTo(200);
    }
}
