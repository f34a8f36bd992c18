package io.trailscope.query;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A semantic query, as a Looker explore URL or a dashboard tile states it. Field ids are {@code alias.field}.
 * {@code limit} follows {@link RowLimits}; {@code timeZone} is an IANA zone (UTC when absent); {@code calculations}
 * are table calculations computed on the result.
 */
public record QueryRequest(
        Optional<String> model,
        String explore,
        List<String> fields,
        List<QueryFilter> filters,
        List<SortSpec> sorts,
        OptionalInt limit,
        List<String> pivots,
        List<String> fillFields,
        OptionalInt columnLimit,
        Optional<String> timeZone,
        List<TableCalculation> calculations) {
    public QueryRequest {
        requireNonNull(model, "model is null");
        requireNonNull(explore, "explore is null");
        fields = List.copyOf(fields);
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
        requireNonNull(limit, "limit is null");
        pivots = List.copyOf(pivots);
        fillFields = List.copyOf(fillFields);
        requireNonNull(columnLimit, "columnLimit is null");
        requireNonNull(timeZone, "timeZone is null");
        calculations = List.copyOf(calculations);
    }

    /** A request with only an explore and fields; add the rest with the {@code withXxx} methods. */
    public static QueryRequest of(String explore, List<String> fields) {
        return new QueryRequest(Optional.empty(), explore, fields, List.of(), List.of(), OptionalInt.empty(),
                List.of(), List.of(), OptionalInt.empty(), Optional.empty(), List.of());
    }

    public QueryRequest withModel(String name) {
        return new QueryRequest(Optional.of(name), explore, fields, filters, sorts, limit, pivots, fillFields,
                columnLimit, timeZone, calculations);
    }

    public QueryRequest withFilters(List<QueryFilter> newFilters) {
        return new QueryRequest(model, explore, fields, newFilters, sorts, limit, pivots, fillFields, columnLimit,
                timeZone, calculations);
    }

    public QueryRequest withSorts(List<SortSpec> newSorts) {
        return new QueryRequest(model, explore, fields, filters, newSorts, limit, pivots, fillFields, columnLimit,
                timeZone, calculations);
    }

    public QueryRequest withLimit(int rows) {
        return new QueryRequest(model, explore, fields, filters, sorts, OptionalInt.of(rows), pivots, fillFields,
                columnLimit, timeZone, calculations);
    }

    public QueryRequest withPivots(List<String> newPivots) {
        return new QueryRequest(model, explore, fields, filters, sorts, limit, newPivots, fillFields, columnLimit,
                timeZone, calculations);
    }

    public QueryRequest withFillFields(List<String> newFillFields) {
        return new QueryRequest(model, explore, fields, filters, sorts, limit, pivots, newFillFields, columnLimit,
                timeZone, calculations);
    }

    public QueryRequest withColumnLimit(int columns) {
        return new QueryRequest(model, explore, fields, filters, sorts, limit, pivots, fillFields,
                OptionalInt.of(columns), timeZone, calculations);
    }

    public QueryRequest withTimeZone(String zone) {
        return new QueryRequest(model, explore, fields, filters, sorts, limit, pivots, fillFields, columnLimit,
                Optional.of(zone), calculations);
    }

    public QueryRequest withCalculations(List<TableCalculation> newCalculations) {
        return new QueryRequest(model, explore, fields, filters, sorts, limit, pivots, fillFields, columnLimit,
                timeZone, newCalculations);
    }
}
