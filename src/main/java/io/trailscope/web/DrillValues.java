package io.trailscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.model.Dimension;
import io.trailscope.model.DimensionType;
import io.trailscope.model.Field;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.filter.FilterKind;
import io.trailscope.query.time.Timeframe;
import io.trailscope.query.time.Truncation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A clicked row value as a filter expression that matches exactly that value (or that timeframe bucket). Strings
 * are escaped ({@link FilterEscapes}); numbers must be numbers; dates and timestamps must be exactly in the form the
 * result shows (so no other filter syntax can slip through) and become the bucket as an absolute date range.
 */
final class DrillValues {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern HOUR = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}");
    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][-+]?\\d{1,3})?");

    private DrillValues() {}

    static String expression(String fieldId, Field field, JsonNode value) {
        if (value == null || value.isNull()) {
            return "NULL";
        }
        if (!value.isValueNode()) {
            throw invalid(fieldId, "a row value must be a string, number, boolean or null");
        }
        String text = value.asText();
        FilterKind kind = FieldKinds.filterKind(field);
        return switch (kind) {
            case STRING -> FilterEscapes.exact(text);
            case NUMBER -> number(fieldId, text);
            case YESNO -> yesNo(fieldId, value, text);
            case DATE -> date(fieldId, field, text);
        };
    }

    private static String number(String fieldId, String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw invalid(fieldId, "'" + Downloads.printable(text) + "' is not a number");
        }
        return new BigDecimal(text).toPlainString();
    }

    private static String yesNo(String fieldId, JsonNode value, String text) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("yes") && !lower.equals("no")) {
            throw invalid(fieldId, "'" + Downloads.printable(text) + "' is not Yes or No");
        }
        return lower;
    }

    private static String date(String fieldId, Field field, String text) {
        Timeframe timeframe = timeframe(field);
        Optional<Truncation> truncation = timeframe.truncation();
        int step = truncation.map(Truncation::step).orElse(1);
        String unit = truncation.map(t -> t.unit().name()).orElse("SECOND");
        return switch (unit) {
            case "DAY" -> exactly(fieldId, text, DAY, text);
            case "WEEK" -> exactly(fieldId, text, DAY, text + " for " + step + " weeks");
            case "MONTH" -> exactly(fieldId, text, MONTH, text);
            case "QUARTER" -> exactly(fieldId, text, QUARTER, text);
            case "YEAR" -> exactly(fieldId, text, YEAR, text);
            case "HOUR" -> exactly(fieldId, text, HOUR, text + ":00 for " + step + " hours");
            case "MINUTE" -> exactly(fieldId, text, MINUTE, text + " for " + step + " minutes");
            case "SECOND" -> exactly(fieldId, text, SECOND, text + " for " + step + " seconds");
            default -> throw invalid(fieldId, "drilling into " + timeframe.lookmlName() + " values is not supported");
        };
    }

    private static Timeframe timeframe(Field field) {
        Dimension dimension = (Dimension) field;
        if (dimension.type() == DimensionType.DATE) {
            return Timeframe.DATE;
        }
        if (dimension.type() == DimensionType.TIMEFRAME) {
            return FieldKinds.timeframe(dimension);
        }
        return Timeframe.TIME;
    }

    private static String exactly(String fieldId, String text, Pattern form, String expression) {
        if (!form.matcher(text).matches()) {
            throw invalid(fieldId, "'" + Downloads.printable(text) + "' is not a value of this field (expected the form "
                    + form.pattern() + ")");
        }
        return expression;
    }

    private static RuntimeException invalid(String fieldId, String message) {
        return ApiErrors.badRequest("cannot drill on " + fieldId + ": " + message);
    }
}
