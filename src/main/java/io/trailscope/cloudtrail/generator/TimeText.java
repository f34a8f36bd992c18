package io.trailscope.cloudtrail.generator;

/** The time formats CloudTrail writes, from epoch seconds in UTC, without java.time formatters on the hot path. */
final class TimeText {
    static final long SECONDS_PER_DAY = 86_400L;
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private TimeText() {
    }

    /** {@code 2024-05-01T12:34:56Z}, the eventTime format. */
    static String iso(long epochSecond) {
        char[] chars = new char[20];
        int date = civilDate(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        digits(chars, 0, date / 10000, 4);
        chars[4] = '-';
        digits(chars, 5, date / 100 % 100, 2);
        chars[7] = '-';
        digits(chars, 8, date % 100, 2);
        chars[10] = 'T';
        digits(chars, 11, secondOfDay / 3600, 2);
        chars[13] = ':';
        digits(chars, 14, secondOfDay / 60 % 60, 2);
        chars[16] = ':';
        digits(chars, 17, secondOfDay % 60, 2);
        chars[19] = 'Z';
        return new String(chars);
    }

    /** {@code 20240501T1234Z}, the timestamp in log file names. */
    static String fileMinute(long epochSecond) {
        String iso = iso(epochSecond);
        return iso.substring(0, 4) + iso.substring(5, 7) + iso.substring(8, 10) + 'T'
                + iso.substring(11, 13) + iso.substring(14, 16) + 'Z';
    }

    /** {@code 20240501T123456Z}, the timestamp in digest file names. */
    static String fileSecond(long epochSecond) {
        String iso = iso(epochSecond);
        return iso.substring(0, 4) + iso.substring(5, 7) + iso.substring(8, 10) + 'T'
                + iso.substring(11, 13) + iso.substring(14, 16) + iso.substring(17, 19) + 'Z';
    }

    /** {@code 2024/05/01}, the date folders of the key layout. */
    static String datePath(long epochSecond) {
        String iso = iso(epochSecond);
        return iso.substring(0, 4) + '/' + iso.substring(5, 7) + '/' + iso.substring(8, 10);
    }

    /** {@code Aug 1, 2024, 1:33:28 PM}: how IAM and STS responses print dates. */
    static String readable(long epochSecond) {
        int date = civilDate(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        int hour = secondOfDay / 3600;
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        char[] clock = new char[5];
        digits(clock, 0, secondOfDay / 60 % 60, 2);
        clock[2] = ':';
        digits(clock, 3, secondOfDay % 60, 2);
        return MONTHS[date / 100 % 100 - 1] + ' ' + (date % 100) + ", " + (date / 10000) + ", "
                + hour12 + ':' + new String(clock) + (hour < 12 ? " AM" : " PM");
    }

    /** The date of an epoch day as yyyymmdd (proleptic Gregorian, H. Hinnant's civil_from_days). */
    static int civilDate(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthPrime = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthPrime + 2) / 5 + 1;
        long month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (int) (year * 10_000 + month * 100 + day);
    }

    private static void digits(char[] target, int offset, int value, int width) {
        int remaining = value;
        for (int index = offset + width - 1; index >= offset; index--) {
            target[index] = (char) ('0' + remaining % 10);
            remaining /= 10;
        }
    }
}
