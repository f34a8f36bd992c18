package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.TileResult;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.query.QueryRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dashboard endpoints: list, definition, one tile, every tile at once. */
final class DashboardHandlers {
    private static final Set<String> RUN_KEYS = Set.of("filters", "timeZone");

    private final WebServices services;

    DashboardHandlers(WebServices services) {
        this.services = services;
    }

    void list(Context ctx) {
        Json.send(ctx, DashboardJson.list(DashboardRunner.dashboards(services.project())));
    }

    void definition(Context ctx) {
        Json.send(ctx, DashboardJson.definition(dashboard(ctx)));
    }

    void tile(Context ctx) {
        DashboardDefinition dashboard = dashboard(ctx);
        String name = ctx.pathParam("element");
        DashboardElement element = dashboard.element(name).orElseThrow(() -> ApiErrors.notFound("dashboard '"
                + dashboard.name() + "' has no tile '" + name + "'"));
        if (!element.hasQuery()) {
            throw ApiErrors.badRequest("tile '" + name + "' is a text tile: it has no query to run");
        }
        RunBody body = RunBody.read(Json.body(ctx));
        TileResult tile = services.dashboards(ctx).runTile(dashboard, element, body.filters(), body.timeZone());
        Json.send(ctx, tileResponse(tile));
    }

    void run(Context ctx) {
        DashboardDefinition dashboard = dashboard(ctx);
        RunBody body = RunBody.read(Json.body(ctx));
        long start = System.nanoTime();
        DashboardResult result = services.dashboards(ctx).run(dashboard, body.filters(), body.timeZone(),
                services.tilePool());
        Map<String, Object> tiles = new LinkedHashMap<>();
        for (TileResult tile : result.tiles()) {
            if (!tile.isText()) {
                tiles.put(tile.element().name(), tileResponse(tile));
            }
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("tiles", tiles);
        response.put("filterValues", result.filterValues());
        response.put("runtimeMs", (System.nanoTime() - start) / 1_000_000);
        Json.send(ctx, response);
    }

    private Map<String, Object> tileResponse(TileResult tile) {
        Map<String, Object> response = new LinkedHashMap<>();
        if (tile.failure().isPresent() || tile.result().isEmpty()) {
            response.put("error", ApiErrors.error(tile.failure().orElseThrow()));
        } else {
            QueryRequest request = tile.request().orElseThrow();
            Explores explores = Explores.find(services.project(), request.model(), request.explore());
            response.putAll(QueryResponses.of(explores, request, tile.result().get(), tile.elapsed().toMillis()));
        }
        response.put("title", tile.title());
        response.put("query", tile.request().map(QueryBodies::write).orElse(null));
        return response;
    }

    private DashboardDefinition dashboard(Context ctx) {
        return DashboardRunner.find(services.project(), ctx.pathParam("name"));
    }

    /** The body of a tile or dashboard run: filter values by dashboard filter name, and a time zone. */
    record RunBody(Map<String, String> filters, Optional<String> timeZone) {
        static RunBody read(JsonNode node) {
            BodyReader reader = new BodyReader(node, "run", RUN_KEYS);
            Optional<String> timeZone = reader.text("timeZone");
            timeZone.filter(zone -> !zone.isBlank()).ifPresent(RunBody::checkZone);
            return new RunBody(reader.textMap("filters"), timeZone);
        }

        /** A bad zone is the request's fault, not each tile's: one 400 instead of every tile failing alike. */
        private static void checkZone(String zone) {
            try {
                ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw new TrailException(ErrorCode.QUERY_INVALID, "unknown time zone '" + Downloads.printable(zone)
                        + "': use an IANA name such as America/Los_Angeles or UTC");
            }
        }
    }
}
