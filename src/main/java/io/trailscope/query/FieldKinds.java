package io.trailscope.query;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Dimension;
import io.trailscope.model.DimensionType;
import io.trailscope.model.Field;
import io.trailscope.model.FilterOnlyField;
import io.trailscope.model.Measure;
import io.trailscope.model.TimeframeSpec;
import io.trailscope.query.filter.FilterKind;
import io.trailscope.query.time.Timeframe;
import io.trailscope.query.time.TimeframeKind;
import java.util.Locale;
import java.util.Optional;

/** What kind of values a field has: which filter grammar applies, and whether it is a date for the default sort. */
public final class FieldKinds {
    private FieldKinds() {}

    public static FilterKind filterKind(Field field) {
        if (field instanceof Dimension dimension) {
            if (dimension.cases().isPresent()) {
                return FilterKind.STRING;
            }
            return switch (dimension.type()) {
                case NUMBER, DURATION -> FilterKind.NUMBER;
                case YESNO -> FilterKind.YESNO;
                case DATE, DATE_TIME -> FilterKind.DATE;
                case TIMEFRAME -> FilterKind.forTimeframe(timeframe(dimension));
                case STRING, TIER, BIN, ZIPCODE, LOCATION, UNQUOTED -> FilterKind.STRING;
            };
        }
        if (field instanceof Measure measure) {
            return switch (measure.type()) {
                case LIST, STRING -> FilterKind.STRING;
                case DATE -> FilterKind.DATE;
                case YESNO -> FilterKind.YESNO;
                case COUNT, COUNT_DISTINCT, SUM, AVERAGE, MIN, MAX, MEDIAN, PERCENTILE, SUM_DISTINCT,
                        AVERAGE_DISTINCT, MEDIAN_DISTINCT, PERCENTILE_DISTINCT, NUMBER -> FilterKind.NUMBER;
            };
        }
        String type = ((FilterOnlyField) field).type().orElse("string").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "number" -> FilterKind.NUMBER;
            case "yesno" -> FilterKind.YESNO;
            case "date", "date_time", "time" -> FilterKind.DATE;
            default -> FilterKind.STRING;
        };
    }

    /** Whether the default sort treats the field as a date/time dimension (first one sorts descending). */
    public static boolean isTemporal(Field field) {
        if (!(field instanceof Dimension dimension)) {
            return false;
        }
        if (dimension.type().isTemporal()) {
            return true;
        }
        if (dimension.type() != DimensionType.TIMEFRAME) {
            return false;
        }
        TimeframeKind kind = timeframe(dimension).kind();
        return kind == TimeframeKind.TIMESTAMP || kind == TimeframeKind.DATE;
    }

    /** The timeframe of a dimension-group member; a name the query layer does not know is a model error. */
    public static Timeframe timeframe(Dimension dimension) {
        TimeframeSpec spec = dimension.timeframe().orElseThrow();
        return known(spec).orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID, "'"
                + dimension.id() + "' cannot be used: " + spec.location() + ": unknown timeframe '"
                + spec.timeframe() + "'"));
    }

    public static Optional<Timeframe> known(TimeframeSpec spec) {
        return Timeframe.fromName(spec.timeframe());
    }
}
