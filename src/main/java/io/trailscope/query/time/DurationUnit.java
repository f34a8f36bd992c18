package io.trailscope.query.time;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code intervals} of a {@code dimension_group} of {@code type: duration}. Each gives a dimension named
 * {@code {interval}s_{group}} holding the floored whole number of intervals between {@code sql_start} and
 * {@code sql_end} (complete periods, not boundary crossings).
 */
public enum DurationUnit {
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The name in LookML's {@code intervals} list: {@code day}. */
    public String lookmlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field name for group {@code group}: {@code days_open} for day and {@code open}. */
    public String fieldName(String group) {
        return lookmlName() + "s_" + group;
    }

    /** Looks up a LookML interval name (case-insensitive); empty when there is no such interval. */
    public static Optional<DurationUnit> fromName(String name) {
        for (DurationUnit unit : values()) {
            if (unit.lookmlName().equalsIgnoreCase(name)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
