package io.trailscope.query;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.OptionalInt;

/** Looker's row limits: 500 rows unless asked, never more than 5,000 (larger requests are capped). */
public final class RowLimits {
    public static final int DEFAULT = 500;
    public static final int MAX = 5000;
    /** Pivot columns kept when a query does not say ({@code column_limit}); Looker's default too. */
    public static final int DEFAULT_COLUMNS = 50;
    public static final int MAX_COLUMNS = 200;

    private RowLimits() {}

    public static int rows(OptionalInt requested) {
        return bounded(requested, DEFAULT, MAX, "limit");
    }

    public static int columns(OptionalInt requested) {
        return bounded(requested, DEFAULT_COLUMNS, MAX_COLUMNS, "column_limit");
    }

    private static int bounded(OptionalInt requested, int fallback, int max, String what) {
        if (requested.isEmpty()) {
            return fallback;
        }
        if (requested.getAsInt() < 1) {
            throw new TrailException(ErrorCode.QUERY_INVALID, what + " must be at least 1, not "
                    + requested.getAsInt());
        }
        return Math.min(requested.getAsInt(), max);
    }
}
