package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.trailscope.model.Measure;
import io.trailscope.query.FieldResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code POST /api/drill}: the measure's drill fields, filtered by the tile's filters and by each clicked row value
 * as an exact-match filter expression ({@link DrillValues}).
 */
final class DrillHandler {
    private static final Set<String> KEYS = Set.of("model", "explore", "measure", "row", "filters", "timeZone",
            "limit");

    private final WebServices services;

    DrillHandler(WebServices services) {
        this.services = services;
    }

    void drill(Context ctx) {
        BodyReader body = new BodyReader(Json.body(ctx), "drill", KEYS);
        Explores explores = Explores.find(services.project(), body.text("model"), body.requiredText("explore"));
        QueryRequest request = request(explores, body);
        Map<String, Object> response = services.run(ctx, explores, request);
        response.put("query", QueryBodies.write(request));
        Json.send(ctx, response);
    }

    static QueryRequest request(Explores explores, BodyReader body) {
        FieldResolver resolver = new FieldResolver(explores.model(), explores.explore());
        String measureId = body.requiredText("measure");
        ResolvedField measure = resolver.select(measureId);
        if (!(measure.field() instanceof Measure)) {
            throw ApiErrors.badRequest("'" + measureId + "' is not a measure: only measures drill");
        }
        List<String> fields = FieldMeta.drillFields(explores.explore(), measure.alias(), measure.field());
        if (fields.isEmpty()) {
            throw ApiErrors.badRequest("'" + measureId + "' has no drill_fields");
        }
        List<QueryFilter> filters = new ArrayList<>();
        body.filterMap("filters").forEach((field, expressions) -> expressions.forEach(expression -> filters.add(
                new QueryFilter(field, expression))));
        for (Map.Entry<String, JsonNode> value : body.object("row").entrySet()) {
            ResolvedField field = resolver.resolve(value.getKey());
            if (field.isMeasure()) {
                continue;
            }
            if (!field.isDimension()) {
                throw ApiErrors.badRequest("'" + value.getKey() + "' is a filter-only field: it has no row values");
            }
            filters.add(new QueryFilter(field.id(), DrillValues.expression(field.id(), field.field(),
                    value.getValue())));
        }
        return new QueryRequest(Optional.of(explores.model().name()), explores.explore().name(), fields, filters,
                List.of(), body.integer("limit"), List.of(), List.of(), OptionalInt.empty(),
                body.text("timeZone"), List.of());
    }
}
