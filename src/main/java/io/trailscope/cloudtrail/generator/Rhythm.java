package io.trailscope.cloudtrail.generator;

/**
 * How busy a 5-minute window is. People follow office hours in their own time zone (peaks mid-morning and
 * mid-afternoon, a lunch dip, quiet nights, very quiet weekends); automation runs around the clock with a
 * small bump at the top of each hour (cron) and a nightly batch.
 */
final class Rhythm {
    static final int WINDOW_SECONDS = 300;
    static final int WINDOWS_PER_DAY = 288;

    private static final double[] OFFICE_HOURS = {
        0.02, 0.015, 0.01, 0.01, 0.01, 0.02, 0.06, 0.2, 0.55, 0.9, 1.0, 0.95,
        0.6, 0.8, 1.0, 0.95, 0.85, 0.55, 0.3, 0.18, 0.12, 0.08, 0.05, 0.03
    };
    /** Monday first, as {@link java.time.DayOfWeek}. */
    private static final double[] WEEKDAYS = {1.0, 1.05, 1.05, 1.0, 0.8, 0.1, 0.07};
    private static final double MEAN_HUMAN = meanHuman();

    private Rhythm() {
    }

    /** Human activity of one team at a time, averaging 1 over a week. */
    static double human(long epochSecond, int utcOffsetHours) {
        long local = epochSecond + utcOffsetHours * 3600L;
        long day = Math.floorDiv(local, TimeText.SECONDS_PER_DAY);
        double hour = Math.floorMod(local, TimeText.SECONDS_PER_DAY) / 3600.0;
        int whole = (int) hour;
        double fraction = hour - whole;
        double office = OFFICE_HOURS[whole] * (1 - fraction) + OFFICE_HOURS[(whole + 1) % 24] * fraction;
        int dayOfWeek = Math.floorMod(day + 3, 7);
        return office * WEEKDAYS[dayOfWeek] / MEAN_HUMAN;
    }

    /** Automation activity, averaging about 1. */
    static double automation(long epochSecond) {
        int secondOfDay = (int) Math.floorMod(epochSecond, TimeText.SECONDS_PER_DAY);
        double level = 0.9;
        if (secondOfDay % 3600 < WINDOW_SECONDS) {
            level += 0.9;
        }
        if (secondOfDay >= 2 * 3600 && secondOfDay < 3 * 3600) {
            level += 0.6;
        }
        return level;
    }

    private static double meanHuman() {
        double sum = 0;
        int windows = 7 * WINDOWS_PER_DAY;
        for (int window = 0; window < windows; window++) {
            long local = window * (long) WINDOW_SECONDS;
            int hour = (int) (local % TimeText.SECONDS_PER_DAY / 3600);
            double minuteFraction = local % 3600 / 3600.0;
            double office = OFFICE_HOURS[hour] * (1 - minuteFraction) + OFFICE_HOURS[(hour + 1) % 24] * minuteFraction;
            sum += office * WEEKDAYS[(int) ((local / TimeText.SECONDS_PER_DAY + 3) % 7)];
        }
        return sum / windows;
    }
}
