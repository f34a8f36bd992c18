package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code type:} of a dimension. Timeframes and durations come from dimension groups. */
public enum DimensionType {
    STRING,
    NUMBER,
    YESNO,
    TIER,
    /** {@code bin}: Looker's newer name for tier. */
    BIN,
    DATE,
    DATE_TIME,
    ZIPCODE,
    LOCATION,
    /** {@code unquoted}: a string whose values are written into URLs unquoted; SQL is the same as string. */
    UNQUOTED,
    /** One timeframe of a {@code dimension_group} of {@code type: time}. */
    TIMEFRAME,
    /** One interval of a {@code dimension_group} of {@code type: duration}. */
    DURATION;

    /** The type written as {@code type: x} on a dimension; {@code time} is read as {@code date_time}. */
    public static Optional<DimensionType> fromLookml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "string" -> Optional.of(STRING);
            case "number" -> Optional.of(NUMBER);
            case "yesno" -> Optional.of(YESNO);
            case "tier" -> Optional.of(TIER);
            case "bin" -> Optional.of(BIN);
            case "date" -> Optional.of(DATE);
            case "date_time", "time" -> Optional.of(DATE_TIME);
            case "zipcode" -> Optional.of(ZIPCODE);
            case "location" -> Optional.of(LOCATION);
            case "unquoted" -> Optional.of(UNQUOTED);
            default -> Optional.empty();
        };
    }

    /** Whether values are dates or timestamps (the default sort puts the first such dimension first, descending). */
    public boolean isTemporal() {
        return this == DATE || this == DATE_TIME;
    }
}
