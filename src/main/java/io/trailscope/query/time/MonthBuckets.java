package io.trailscope.query.time;

import java.time.LocalDate;

/** Month-based buckets (month, quarter, year and their fiscal forms), shared by filters and formatting. */
public final class MonthBuckets {
    private MonthBuckets() {}

    /**
     * The first day of the {@code bucketMonths}-month bucket containing {@code date}, where buckets are aligned
     * to January plus {@code offsetMonths} (the fiscal offset; 0 for calendar quarters and years).
     */
    public static LocalDate start(LocalDate date, int bucketMonths, int offsetMonths) {
        long monthIndex = date.getYear() * 12L + date.getMonthValue() - 1 - offsetMonths;
        long bucketIndex = Math.floorDiv(monthIndex, bucketMonths) * bucketMonths + offsetMonths;
        return LocalDate.of(Math.toIntExact(Math.floorDiv(bucketIndex, 12)), Math.floorMod(bucketIndex, 12) + 1, 1);
    }

    /** The fiscal year containing {@code date}: fiscal year Y starts on January 1 of Y plus the offset. */
    public static int fiscalYear(LocalDate date, int offsetMonths) {
        return date.minusMonths(offsetMonths).getYear();
    }

    /** The month of the fiscal year (1 to 12) of {@code date}. */
    public static int fiscalMonth(LocalDate date, int offsetMonths) {
        return Math.floorMod(date.getMonthValue() - 1 - offsetMonths, 12) + 1;
    }
}
