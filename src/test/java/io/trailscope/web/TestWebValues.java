package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trailscope.dashboard.Projects;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.ElementLayout;
import io.trailscope.lookml.dashboard.ElementQuery;
import io.trailscope.lookml.dashboard.ElementText;
import io.trailscope.model.Field;
import io.trailscope.model.Model;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure parts: escaping, drill value forms, tile positions, JSON values, error bodies. */
final class TestWebValues {
    private static final Model MODEL = Projects.load(Optional.empty()).models().get(0);

    private static Field field(String view, String name) {
        return MODEL.field(view, name).orElseThrow();
    }

    @Test
    void escapesMakeEverySpecialCharacterLiteral() {
        assertThat(FilterEscapes.exact("ConsoleLogin")).isEqualTo("ConsoleLogin");
        assertThat(FilterEscapes.exact("a,b")).isEqualTo("a^,b");
        assertThat(FilterEscapes.exact("-x")).isEqualTo("^-x");
        assertThat(FilterEscapes.exact("null")).isEqualTo("^null");
        assertThat(FilterEscapes.exact("EMPTY")).isEqualTo("^EMPTY");
        assertThat(FilterEscapes.exact("")).isEqualTo("EMPTY");
        assertThat(FilterEscapes.startsWith("us-")).isEqualTo("us^-%");
    }

    @Test
    void drillValuesTakeOnlyTheShownForms() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Field date = field("cloudtrail_logs", "event_time_date");
        Field week = field("cloudtrail_logs", "event_time_week");
        Field month = field("cloudtrail_logs", "event_time_month");
        Field time = field("cloudtrail_logs", "event_time_time");
        assertThat(DrillValues.expression("d", date, nodes.textNode("2024-05-18"))).isEqualTo("2024-05-18");
        assertThat(DrillValues.expression("w", week, nodes.textNode("2024-05-13"))).isEqualTo("2024-05-13 for 1 weeks");
        assertThat(DrillValues.expression("m", month, nodes.textNode("2024-05"))).isEqualTo("2024-05");
        assertThat(DrillValues.expression("t", time, nodes.textNode("2024-05-18 18:30:02")))
                .isEqualTo("2024-05-18 18:30:02 for 1 seconds");
        assertThat(DrillValues.expression("d", date, nodes.nullNode())).isEqualTo("NULL");
        for (String hostile : List.of("7 days", "2024-05-18,2024-05-19", "2024-05-18 for 30 days", "NOT NULL",
                "2024-05", "today")) {
            assertThatThrownBy(() -> DrillValues.expression("d", date, nodes.textNode(hostile))).as(hostile)
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                            .isEqualTo(ErrorCode.WEB_BAD_REQUEST));
        }
        Field count = field("cloudtrail_logs", "resource_count");
        assertThat(DrillValues.expression("n", count, nodes.numberNode(3))).isEqualTo("3");
        assertThat(DrillValues.expression("n", count, nodes.textNode("-2.50"))).isEqualTo("-2.50");
        assertThatThrownBy(() -> DrillValues.expression("n", count, nodes.textNode(">1")))
                .hasMessage("cannot drill on n: '>1' is not a number");
        Field yesNo = field("cloudtrail_logs", "is_root");
        assertThat(DrillValues.expression("y", yesNo, nodes.booleanNode(true))).isEqualTo("yes");
        assertThat(DrillValues.expression("y", yesNo, nodes.textNode("No"))).isEqualTo("no");
        assertThatThrownBy(() -> DrillValues.expression("y", yesNo, nodes.textNode("yes,no")))
                .isInstanceOf(TrailException.class);
    }

    private static DashboardElement element(String name, Optional<Integer> row, Optional<Integer> col,
            Optional<Integer> width, Optional<Integer> height) {
        ElementQuery query = new ElementQuery(Optional.empty(), Optional.of("cloudtrail_logs"), List.of(), List.of(),
                List.of(), Map.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of(),
                Optional.empty());
        ElementText text = new ElementText(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new DashboardElement(name, Optional.empty(), Optional.empty(), query,
                new ElementLayout(row, col, width, height), text, Map.of(), SourceLocation.of("x"), Map.of());
    }

    @Test
    void tilesWithoutPositionsFlowBelowThePlacedOnes() {
        // f (row 2, height 6) ends lowest, at 8: the unplaced tiles start there; f's column is pulled into the grid.
        Optional<Integer> none = Optional.empty();
        List<TileLayout.Placed> placed = TileLayout.place(List.of(
                element("a", Optional.of(0), Optional.of(0), Optional.of(24), Optional.of(4)),
                element("b", none, none, none, none),
                element("c", none, none, none, none),
                element("d", none, none, Optional.of(12), Optional.of(3)),
                element("e", none, none, none, none),
                element("f", Optional.of(2), Optional.of(30), Optional.of(40), none)));
        assertThat(placed).containsExactly(
                new TileLayout.Placed(0, 0, 24, 4),
                new TileLayout.Placed(8, 0, 8, 6),
                new TileLayout.Placed(8, 8, 8, 6),
                new TileLayout.Placed(14, 0, 12, 3),
                new TileLayout.Placed(14, 12, 8, 6),
                new TileLayout.Placed(2, 0, 24, 6));
    }

    @Test
    void valuesBecomeJsonScalarsAsLookerShowsThem() {
        assertThat(JsonValues.of(LocalDate.of(2024, 5, 18))).isEqualTo("2024-05-18");
        assertThat(JsonValues.of(LocalDateTime.of(2024, 5, 18, 18, 30, 2, 500))).isEqualTo("2024-05-18 18:30:02");
        assertThat(JsonValues.of(OffsetDateTime.of(2024, 5, 18, 20, 30, 2, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-05-18 18:30:02");
        assertThat(JsonValues.of(Double.NaN)).isNull();
        assertThat(JsonValues.of(Arrays.asList(1L, null, LocalDate.of(2024, 1, 2)))).isEqualTo(
                Arrays.asList(1L, null, "2024-01-02"));
    }

    @Test
    void errorsCarryCodeNumberMessageAndLocation() {
        TrailException located = new TrailException(ErrorCode.MODEL_UNKNOWN_FIELD,
                new SourceLocation("cloudtrail.model.lkml", 12, 5), "unknown field x");
        assertThat(ApiErrors.status(located)).isEqualTo(400);
        assertThat(Json.MAPPER.valueToTree(ApiErrors.body(located)).toString()).isEqualTo("{\"error\":{\"code\":"
                + "\"MODEL_UNKNOWN_FIELD\",\"number\":101,\"message\":\"unknown field x\",\"location\":{\"file\":"
                + "\"cloudtrail.model.lkml\",\"line\":12,\"column\":5}}}");
        assertThat(ApiErrors.status(new TrailException(ErrorCode.DASHBOARD_UNKNOWN, "x"))).isEqualTo(404);
        assertThat(ApiErrors.status(new TrailException(ErrorCode.ENGINE_FAILURE, "x"))).isEqualTo(500);
        assertThat(ApiErrors.status(new TrailException(ErrorCode.INTERNAL_ERROR, "x"))).isEqualTo(500);
    }

    @Test
    void aServerOnAStoreThatDoesNotExistSaysSo() {
        Path missing = Path.of("target", "no-such-store-" + System.nanoTime() + ".db");
        try (WebServer server = WebServer.start(WebSettings.of(Projects.load(Optional.empty()), missing,
                WebFixture.NOW))) {
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
            Http.Response status = new Http(server.url()).get("/api/status");
            assertThat(status.status()).isEqualTo(400);
            assertThat(status.errorCode()).isEqualTo("STORE_INCOMPATIBLE");
            assertThat(new Http(server.url()).get("/api/dashboards").status()).isEqualTo(200);
        }
    }
}
