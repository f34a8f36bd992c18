package io.trailscope.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.trailscope.error.TrailException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every {@code /api} route of docs/api.md, and how errors become responses. */
final class ApiRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);

    private ApiRoutes() {}

    static void register(RoutesConfig routes, WebServices services) {
        DashboardHandlers dashboards = new DashboardHandlers(services);
        QueryHandlers queries = new QueryHandlers(services);
        ExploreHandlers explores = new ExploreHandlers(services);
        routes.get("/api/status", ctx -> Json.send(ctx, StatusHandler.status(services)));
        routes.get("/api/dashboards", dashboards::list);
        routes.get("/api/dashboards/{name}", dashboards::definition);
        routes.post("/api/dashboards/{name}/tiles/{element}", dashboards::tile);
        routes.post("/api/dashboards/{name}/run", dashboards::run);
        routes.get("/api/explores", explores::list);
        routes.get("/api/explores/{model}/{explore}", explores::fields);
        routes.get("/api/explores/{model}/{explore}/suggest", explores::suggest);
        routes.post("/api/drill", new DrillHandler(services)::drill);
        routes.get("/api/events/{eventId}", new EventHandler(services)::event);
        routes.post("/api/query", queries::run);
        routes.post("/api/query/sql", queries::sql);
        routes.get("/api/query/download", queries::download);
        routes.get("/api/<rest>", ApiRoutes::unknown);
        routes.post("/api/<rest>", ApiRoutes::unknown);
    }

    static void registerErrors(RoutesConfig routes) {
        routes.exception(TrailException.class, (e, ctx) -> {
            int status = ApiErrors.status(e);
            if (status >= 500) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            }
            Json.send(ctx, status, ApiErrors.body(e));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> Json.send(ctx, e.getStatus(),
                Map.of("error", Map.of("code", "HTTP_" + e.getStatus(), "number", e.getStatus(),
                        "message", String.valueOf(e.getMessage())))));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Json.send(ctx, 500, Map.of("error", Map.of("code", "INTERNAL_ERROR", "number", 5999,
                    "message", "internal error; the server log has the details")));
        });
    }

    private static void unknown(Context ctx) {
        throw ApiErrors.notFound("no API endpoint " + ctx.method() + " " + Downloads.printable(ctx.path()));
    }
}
