package io.trailscope.sql.dialect;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.util.OptionalInt;

/**
 * The data half of a dialect (Calcite's {@code SqlDialect.Context}): lexical rules and engine defaults that the
 * base {@link Dialect} and the renderer use directly. Start from {@link #DEFAULT} and change fields with the
 * {@code withXxx} methods.
 *
 * @param identifierQuote quotes identifiers; an embedded quote is doubled
 * @param backslashEscapes whether a backslash escapes inside a plain string literal (it must then be doubled)
 * @param nullCollation where ORDER BY puts NULLs by default
 * @param engineWeekStart the day {@code date_trunc('week', x)} lands on in this engine
 * @param maxIdentifierLength longest identifier the engine accepts, if limited
 * @param groupByOrdinal GROUP BY accepts {@code 1, 2} for select items
 * @param orderByAlias ORDER BY accepts a select alias
 * @param limitStyle order of LIMIT and OFFSET
 * @param integerDivision whether {@code int / int} truncates
 */
public record DialectSettings(
        char identifierQuote,
        boolean backslashEscapes,
        NullCollation nullCollation,
        DayOfWeek engineWeekStart,
        OptionalInt maxIdentifierLength,
        boolean groupByOrdinal,
        boolean orderByAlias,
        LimitStyle limitStyle,
        boolean integerDivision) {
    /** Conservative: standard quoting, no ordinals or aliases, and integer division assumed. */
    public static final DialectSettings DEFAULT = new DialectSettings('"', false, NullCollation.HIGH, DayOfWeek.MONDAY,
            OptionalInt.empty(), false, false, LimitStyle.LIMIT_THEN_OFFSET, true);

    public DialectSettings {
        requireNonNull(nullCollation, "nullCollation is null");
        requireNonNull(engineWeekStart, "engineWeekStart is null");
        requireNonNull(maxIdentifierLength, "maxIdentifierLength is null");
        requireNonNull(limitStyle, "limitStyle is null");
    }

    public DialectSettings withNullCollation(NullCollation value) {
        return new DialectSettings(identifierQuote, backslashEscapes, value, engineWeekStart, maxIdentifierLength,
                groupByOrdinal, orderByAlias, limitStyle, integerDivision);
    }

    public DialectSettings withMaxIdentifierLength(int value) {
        return new DialectSettings(identifierQuote, backslashEscapes, nullCollation, engineWeekStart,
                OptionalInt.of(value), groupByOrdinal, orderByAlias, limitStyle, integerDivision);
    }

    public DialectSettings withGroupByOrdinal(boolean value) {
        return new DialectSettings(identifierQuote, backslashEscapes, nullCollation, engineWeekStart,
                maxIdentifierLength, value, orderByAlias, limitStyle, integerDivision);
    }

    public DialectSettings withOrderByAlias(boolean value) {
        return new DialectSettings(identifierQuote, backslashEscapes, nullCollation, engineWeekStart,
                maxIdentifierLength, groupByOrdinal, value, limitStyle, integerDivision);
    }

    public DialectSettings withLimitStyle(LimitStyle value) {
        return new DialectSettings(identifierQuote, backslashEscapes, nullCollation, engineWeekStart,
                maxIdentifierLength, groupByOrdinal, orderByAlias, value, integerDivision);
    }

    public DialectSettings withIntegerDivision(boolean value) {
        return new DialectSettings(identifierQuote, backslashEscapes, nullCollation, engineWeekStart,
                maxIdentifierLength, groupByOrdinal, orderByAlias, limitStyle, value);
    }
}
