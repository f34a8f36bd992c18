package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.model.SemanticProject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A prewarmed server answers every dashboard's default view from kept results, from the first visit on. */
final class TestPrewarm {
    private final WebFixture fixture = WebFixture.shared();

    @Test
    void everyDashboardsDefaultViewIsKeptBeforeAnyoneAsks() throws Exception {
        SemanticProject project = Projects.load(Optional.empty());
        try (WebServer server = WebServer.start(WebSettings.of(project, fixture.store, WebFixture.NOW))) {
            Prewarm done = server.prewarm().get(5, TimeUnit.MINUTES);
            assertThat(done.dashboards()).isEqualTo(DashboardRunner.dashboards(project).size());
            assertThat(done.tiles()).isGreaterThan(50);
            assertThat(done.failedTiles()).isZero();
            assertThat(done.summary()).startsWith("prewarmed 8 dashboards (");

            Http http = new Http(server.url());
            for (JsonNode dashboard : http.get("/api/dashboards").json()) {
                String name = dashboard.get("name").asText();
                JsonNode tiles = http.post("/api/dashboards/" + name + "/run", Map.of()).json().get("tiles");
                tiles.forEach(tile -> assertThat(tile.get("cached").asBoolean()).as(name + " / "
                        + tile.get("title").asText()).isTrue());
            }
        }
    }
}
