package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.FieldResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.TableCalculation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query body of docs/api.md ↔ {@link QueryRequest}. Every key is type-checked and unknown keys are refused;
 * sort and fill field names are checked here against the explore (the planner only notes them, as a LookML tile
 * needs), the others by the planner, and filter values stay filter expressions.
 */
final class QueryBodies {
    private static final Set<String> KEYS = Set.of("model", "explore", "fields", "filters", "sorts", "limit",
            "pivots", "fillFields", "columnLimit", "timeZone", "calculations");
    private static final Set<String> CALCULATION_KEYS = Set.of("name", "label", "expression", "valueFormatName");

    private QueryBodies() {}

    static QueryRequest read(JsonNode body, SemanticProject project) {
        BodyReader reader = new BodyReader(body, "query", KEYS);
        String explore = reader.requiredText("explore");
        Explores found = Explores.find(project, reader.text("model"), explore);
        List<QueryFilter> filters = new ArrayList<>();
        reader.filterMap("filters").forEach((field, expressions) -> expressions.forEach(expression -> filters.add(
                new QueryFilter(field, expression))));
        List<SortSpec> sorts = reader.texts("sorts").stream().map(SortSpec::parse).toList();
        List<String> fillFields = reader.texts("fillFields");
        List<TableCalculation> calculations = calculations(reader.array("calculations"));
        checkFieldNames(found, sorts, fillFields, calculations);
        return new QueryRequest(Optional.of(found.model().name()), explore, reader.texts("fields"), filters, sorts,
                reader.integer("limit"), reader.texts("pivots"), fillFields,
                reader.integer("columnLimit"), reader.text("timeZone"), calculations);
    }

    /** A sort or fill field the explore does not have is a 400 (QUERY_UNKNOWN_FIELD), like an unknown selected field. */
    private static void checkFieldNames(Explores found, List<SortSpec> sorts, List<String> fillFields,
            List<TableCalculation> calculations) {
        FieldResolver resolver = new FieldResolver(found.model(), found.explore());
        Set<String> calculationNames = new HashSet<>();
        calculations.forEach(calculation -> calculationNames.add(calculation.name()));
        for (SortSpec sort : sorts) {
            String id = sort.field().strip();
            if (!calculationNames.contains(id)) {
                resolver.select(id);
            }
        }
        fillFields.forEach(resolver::select);
    }

    private static List<TableCalculation> calculations(List<JsonNode> entries) {
        List<TableCalculation> calculations = new ArrayList<>();
        for (JsonNode entry : entries) {
            BodyReader reader = new BodyReader(entry, "calculation", CALCULATION_KEYS);
            calculations.add(new TableCalculation(reader.requiredText("name"), reader.text("label"),
                    reader.requiredText("expression"), reader.text("valueFormatName")));
        }
        return calculations;
    }

    /** A request as a query body (what a tile or a drill ran, for "explore from here"). */
    static Map<String, Object> write(QueryRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        request.model().ifPresent(model -> body.put("model", model));
        body.put("explore", request.explore());
        body.put("fields", request.fields());
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (QueryFilter filter : request.filters()) {
            byField.computeIfAbsent(filter.field(), field -> new ArrayList<>()).add(filter.expression());
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        byField.forEach((field, expressions) -> filters.put(field, expressions.size() == 1 ? expressions.get(0)
                : expressions));
        body.put("filters", filters);
        body.put("sorts", request.sorts().stream().map(sort -> sort.field() + (sort.descending() ? " desc" : ""))
                .toList());
        request.limit().ifPresent(limit -> body.put("limit", limit));
        body.put("pivots", request.pivots());
        body.put("fillFields", request.fillFields());
        request.columnLimit().ifPresent(limit -> body.put("columnLimit", limit));
        request.timeZone().ifPresent(zone -> body.put("timeZone", zone));
        List<Map<String, Object>> calculations = new ArrayList<>();
        for (TableCalculation calculation : request.calculations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", calculation.name());
            calculation.label().ifPresent(label -> entry.put("label", label));
            entry.put("expression", calculation.expression());
            calculation.valueFormatName().ifPresent(format -> entry.put("valueFormatName", format));
            calculations.add(entry);
        }
        body.put("calculations", calculations);
        return body;
    }
}
