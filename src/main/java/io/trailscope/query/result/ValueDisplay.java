package io.trailscope.query.result;

import io.trailscope.query.time.Timeframe;
import io.trailscope.query.time.TimeframeFormatter;
import io.trailscope.query.time.TimeframeKind;
import java.time.DayOfWeek;
import java.util.Optional;

/** Shows timeframe values as Looker does (dates and names as text, numeric parts as numbers). */
final class ValueDisplay {
    private final TimeframeFormatter formatter;

    ValueDisplay(DayOfWeek weekStart, int fiscalMonthOffset) {
        this.formatter = new TimeframeFormatter(weekStart, fiscalMonthOffset);
    }

    Object show(Optional<Timeframe> timeframe, Object value) {
        if (value == null || timeframe.isEmpty()) {
            return value;
        }
        if (timeframe.get().kind() == TimeframeKind.NUMBER && value instanceof Number number) {
            return number.longValue();
        }
        return formatter.format(timeframe.get(), value);
    }
}
