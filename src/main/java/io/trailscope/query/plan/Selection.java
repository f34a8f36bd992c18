package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a query selects, dimensions first then measures (each in request order, once), with its pivots
 * (added to the dimensions when not selected) and the fill fields that are selected dimensions.
 */
record Selection(List<ResolvedField> dimensions, List<ResolvedField> measures, List<String> pivots,
        List<String> fillFields) {
    static Selection of(QueryRequest request, PlanContext context) {
        Map<String, ResolvedField> dimensions = new LinkedHashMap<>();
        Map<String, ResolvedField> measures = new LinkedHashMap<>();
        for (String id : request.fields()) {
            ResolvedField field = context.resolver().select(id.strip());
            (field.isMeasure() ? measures : dimensions).putIfAbsent(field.id(), field);
        }
        if (dimensions.isEmpty() && measures.isEmpty()) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "the query selects no field");
        }
        List<String> pivots = new ArrayList<>();
        for (String id : request.pivots()) {
            ResolvedField field = context.resolver().select(id.strip());
            if (field.isMeasure()) {
                throw new TrailException(ErrorCode.QUERY_INVALID, "cannot pivot on measure '" + field.id() + "'");
            }
            if (dimensions.putIfAbsent(field.id(), field) == null) {
                context.note("pivot '" + field.id() + "' was not among the fields; it was added");
            }
            if (!pivots.contains(field.id())) {
                pivots.add(field.id());
            }
        }
        List<String> fill = new ArrayList<>();
        for (String id : request.fillFields()) {
            String trimmed = id.strip();
            if (dimensions.containsKey(trimmed)) {
                fill.add(trimmed);
            } else {
                context.note("fill field '" + trimmed + "' is not a selected dimension; ignored");
            }
        }
        return new Selection(List.copyOf(dimensions.values()), List.copyOf(measures.values()), pivots, fill);
    }

    List<ResolvedField> all() {
        List<ResolvedField> all = new ArrayList<>(dimensions);
        all.addAll(measures);
        return all;
    }

    boolean selects(String id) {
        return all().stream().anyMatch(field -> field.id().equals(id));
    }
}
