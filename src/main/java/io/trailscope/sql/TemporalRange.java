package io.trailscope.sql;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.Instant;

/** The date range and precision every supported engine can read back exactly. */
final class TemporalRange {
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final int NANOS_PER_MICRO = 1000;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

    private TemporalRange() {}

    static void check(int year, String what) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE,
                    what + " year " + year + " is outside " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    /** Instants are checked before conversion: far ones cannot even be turned into a date. */
    static void check(Instant instant, String what) {
        if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE,
                    what + " " + instant + " is outside years " + MIN_YEAR + " to " + MAX_YEAR + " in UTC");
        }
    }

    static void checkMicros(int nanos, String what) {
        if (nanos % NANOS_PER_MICRO != 0) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE, what + " is more precise than a microsecond");
        }
    }
}
