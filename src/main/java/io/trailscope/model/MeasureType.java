package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code type:} of a measure. */
public enum MeasureType {
    COUNT,
    COUNT_DISTINCT,
    SUM,
    AVERAGE,
    MIN,
    MAX,
    MEDIAN,
    PERCENTILE,
    LIST,
    SUM_DISTINCT,
    AVERAGE_DISTINCT,
    MEDIAN_DISTINCT,
    PERCENTILE_DISTINCT,
    /** {@code number}, {@code string}, {@code date}, {@code yesno}: SQL over other measures, no aggregate of its own. */
    NUMBER,
    STRING,
    DATE,
    YESNO;

    public static Optional<MeasureType> fromLookml(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Types that compute over other measures instead of aggregating rows. */
    public boolean isComposite() {
        return this == NUMBER || this == STRING || this == DATE || this == YESNO;
    }

    /** Types that need {@code sql:} (count needs none, list takes {@code list_field:}). */
    public boolean needsSql() {
        return this != COUNT && this != LIST;
    }

    /** Types that deduplicate by {@code sql_distinct_key} even without a join. */
    public boolean isDistinctKeyed() {
        return this == SUM_DISTINCT || this == AVERAGE_DISTINCT || this == MEDIAN_DISTINCT
                || this == PERCENTILE_DISTINCT;
    }

    public String lookmlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
