package io.trailscope.query.filter;

import java.time.LocalDateTime;

/** {@code FY2018} (quarter 1) or {@code FY2018-Q3}: the start of a fiscal quarter, which needs the model's offset. */
public record FiscalQuarterStart(int fiscalYear, int quarter) implements DatePoint {
    @Override
    public LocalDateTime resolve(DateCalendar calendar) {
        return calendar.fiscalYearStart(fiscalYear).plusMonths(3L * (quarter - 1));
    }
}
