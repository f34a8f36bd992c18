package io.trailscope.dashboard;

import io.trailscope.lookml.dashboard.DashboardFilterDefinition;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.filter.FilterExpression;
import io.trailscope.query.filter.FilterExpressions;
import io.trailscope.query.filter.FilterKind;
import java.util.Optional;

/** Which filter grammar a dashboard filter's value follows, and parsing it (for checks; queries parse again). */
final class FilterValues {
    private FilterValues() {}

    static Optional<FilterExpression> parse(DashboardFilterDefinition filter, String value,
            Optional<TileContext> context) {
        return FilterExpressions.parse(value, kind(filter, context));
    }

    static FilterKind kind(DashboardFilterDefinition filter, Optional<TileContext> context) {
        String type = filter.type().orElse(DashboardFilterDefinition.FIELD_FILTER);
        return switch (type) {
            case DashboardFilterDefinition.DATE_FILTER -> FilterKind.DATE;
            case DashboardFilterDefinition.NUMBER_FILTER -> FilterKind.NUMBER;
            case DashboardFilterDefinition.STRING_FILTER -> FilterKind.STRING;
            default -> context.flatMap(found -> filter.field().map(found::resolve))
                    .map(field -> FieldKinds.filterKind(field.field()))
                    .orElse(FilterKind.STRING);
        };
    }
}
