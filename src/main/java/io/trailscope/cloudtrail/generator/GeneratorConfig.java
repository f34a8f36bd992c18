package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to generate. The output is a pure function of this record: identical configs give byte-identical
 * files. {@code start} is the first UTC day; the data covers {@code days} whole days from there.
 */
public record GeneratorConfig(
        long events, long seed, int accounts, int days, LocalDate start, Optional<String> organizationId, int threads) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_ACCOUNTS = 3;
    public static final int DEFAULT_DAYS = 30;
    public static final long MAX_EVENTS = 1_000_000_000L;
    public static final int MAX_ACCOUNTS = 100;
    public static final int MAX_DAYS = 1000;
    public static final int MAX_THREADS = 64;

    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final LocalDate FIRST_START = LocalDate.of(2013, 11, 13);
    private static final LocalDate LAST_START = LocalDate.of(2099, 1, 1);

    public GeneratorConfig {
        requireNonNull(start, "start is null");
        requireNonNull(organizationId, "organizationId is null");
        check(events >= 1 && events <= MAX_EVENTS, "events must be between 1 and " + MAX_EVENTS + ", got " + events);
        check(accounts >= 1 && accounts <= MAX_ACCOUNTS,
                "accounts must be between 1 and " + MAX_ACCOUNTS + ", got " + accounts);
        check(days >= 1 && days <= MAX_DAYS, "days must be between 1 and " + MAX_DAYS + ", got " + days);
        check(threads >= 1 && threads <= MAX_THREADS,
                "threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        check(!start.isBefore(FIRST_START) && start.isBefore(LAST_START),
                "start must be between " + FIRST_START + " (CloudTrail's launch) and " + LAST_START + ", got " + start);
        organizationId.ifPresent(id -> check(ORGANIZATION_ID.matcher(id).matches(),
                "org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got '"
                        + printable(id) + "'"));
    }

    /** The defaults of the generate command, for a given size and first day; two threads. */
    public static GeneratorConfig of(long events, LocalDate start) {
        return new GeneratorConfig(events, DEFAULT_SEED, DEFAULT_ACCOUNTS, DEFAULT_DAYS, start, Optional.empty(), 2);
    }

    /**
     * The first day for data that ends yesterday, by the given clock (UTC): what the CLI uses when --start is not
     * given. The library itself never reads the clock.
     */
    public static LocalDate startEndingToday(int days, Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days);
    }

    public GeneratorConfig withSeed(long newSeed) {
        return new GeneratorConfig(events, newSeed, accounts, days, start, organizationId, threads);
    }

    public GeneratorConfig withThreads(int newThreads) {
        return new GeneratorConfig(events, seed, accounts, days, start, organizationId, newThreads);
    }

    long startEpochSecond() {
        return start.toEpochDay() * TimeText.SECONDS_PER_DAY;
    }

    int windows() {
        return days * Rhythm.WINDOWS_PER_DAY;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new TrailException(ErrorCode.GENERATOR_ARGUMENT, message);
        }
    }

    private static String printable(String text) {
        String shortened = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return shortened.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
