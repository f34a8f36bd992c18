package io.trailscope.web;

import io.trailscope.error.TrailException;
import io.trailscope.model.DefaultLabels;
import io.trailscope.model.Explore;
import io.trailscope.model.Model;
import io.trailscope.query.FieldResolver;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.result.ColumnRole;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A {@link QueryResult} as the API's query response (docs/api.md): columns with their field facts, raw rows. */
final class QueryResponses {
    private QueryResponses() {}

    static Map<String, Object> of(Explores explores, QueryRequest request, QueryResult result, long runtimeMs) {
        FieldResolver resolver = new FieldResolver(explores.model(), explores.explore());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ResultColumn column : result.columns()) {
            columns.add(column(explores.model(), explores.explore(), resolver, request, column));
        }
        List<List<Object>> rows = new ArrayList<>(result.rows().size());
        result.rows().forEach(row -> rows.add(JsonValues.row(row)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("columns", columns);
        response.put("rows", rows);
        response.put("truncated", result.truncated());
        response.put("sql", result.sql());
        response.put("notes", result.notes());
        response.put("runtimeMs", runtimeMs);
        response.put("cached", result.cachedAt().isPresent());
        response.put("cachedAt", result.cachedAt().map(Object::toString).orElse(null));
        return response;
    }

    private static Map<String, Object> column(Model model, Explore explore, FieldResolver resolver,
            QueryRequest request, ResultColumn column) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", column.name());
        json.put("field", column.field());
        json.put("role", column.role().name().toLowerCase(Locale.ROOT));
        Optional<ResolvedField> field = column.role() == ColumnRole.CALCULATION ? Optional.empty()
                : find(resolver, column.field());
        json.put("label", column.label().or(() -> field.map(found -> FieldMeta.label(found.field())))
                .or(() -> calculationLabel(request, column.field())).orElse(DefaultLabels.titleCase(column.field())));
        json.put("viewLabel", field.map(found -> FieldMeta.viewLabel(model, explore, found.alias(), found.field()))
                .orElse(null));
        json.put("type", field.map(found -> FieldMeta.type(found.field())).orElse("number"));
        json.put("valueFormatName", column.valueFormatName()
                .or(() -> field.flatMap(found -> found.field().info().valueFormatName())).orElse(null));
        json.put("pivotValues", JsonValues.row(column.pivotValues()));
        json.put("drillable", field.map(found -> !FieldMeta.drillFields(explore, found.alias(), found.field())
                .isEmpty()).orElse(false));
        json.put("eventId", field.map(FieldMeta::isEventId).orElse(false));
        return json;
    }

    private static Optional<ResolvedField> find(FieldResolver resolver, String id) {
        try {
            return resolver.find(id);
        } catch (TrailException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> calculationLabel(QueryRequest request, String name) {
        return request.calculations().stream().filter(calculation -> calculation.name().equals(name)).findFirst()
                .flatMap(calculation -> calculation.label());
    }
}
