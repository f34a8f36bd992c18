package io.trailscope.web;

import io.javalin.http.Context;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.RowLimits;
import io.trailscope.query.result.QueryResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/query}, {@code POST /api/query/sql} and {@code GET /api/query/download}. */
final class QueryHandlers {
    private final WebServices services;

    QueryHandlers(WebServices services) {
        this.services = services;
    }

    void run(Context ctx) {
        QueryRequest request = QueryBodies.read(Json.body(ctx), services.project());
        Json.send(ctx, services.run(ctx, explores(request), request));
    }

    void sql(Context ctx) {
        QueryRequest request = QueryBodies.read(Json.body(ctx), services.project());
        Json.send(ctx, Map.of("sql", services.queries().sql(request)));
    }

    void download(Context ctx) {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv");
        if (!format.equals("csv") && !format.equals("json")) {
            throw ApiErrors.badRequest("format must be csv or json, not '" + Downloads.printable(format) + "'");
        }
        String q = ctx.queryParam("q");
        if (q == null) {
            throw ApiErrors.badRequest("the query body is missing: pass it URL-encoded in q");
        }
        QueryRequest request = QueryBodies.read(Json.object(q, "q"), services.project());
        if (request.limit().isEmpty()) {
            request = request.withLimit(RowLimits.MAX);
        }
        QueryResult result = services.queries(ctx).run(request);
        String file = "explore-" + Downloads.fileName(request.explore()) + "." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(Downloads.csv(result).getBytes(StandardCharsets.UTF_8));
        } else {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(Json.bytes(Downloads.objects(result)));
        }
    }

    private Explores explores(QueryRequest request) {
        return Explores.find(services.project(), request.model(), request.explore());
    }
}
