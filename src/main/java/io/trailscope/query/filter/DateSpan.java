package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/** {@code start <= x < end}: every form that names a period (today, 7 days, 2018-05, X to Y, X for N units). */
public record DateSpan(DatePoint start, DatePoint end) implements DateTerm {
    public DateSpan {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }
}
