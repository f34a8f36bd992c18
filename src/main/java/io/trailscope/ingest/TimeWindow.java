package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The --since/--until window of an ingest, in UTC days: since is inclusive, until is inclusive of
 * its whole day. Empty bounds are open.
 */
public record TimeWindow(Optional<LocalDate> since, Optional<LocalDate> until) {
    public static final TimeWindow ALL = new TimeWindow(Optional.empty(), Optional.empty());

    public TimeWindow {
        requireNonNull(since, "since is null");
        requireNonNull(until, "until is null");
    }

    public boolean isAll() {
        return since.isEmpty() && until.isEmpty();
    }

    public OptionalLong startMicros() {
        return since.map(d -> OptionalLong.of(d.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L))
                .orElse(OptionalLong.empty());
    }

    public OptionalLong endMicrosExclusive() {
        return until.map(d -> OptionalLong.of(d.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L))
                .orElse(OptionalLong.empty());
    }

    /** Whether a file named for {@code keyDate} may hold events in the window; a day of slack either side. */
    public boolean mayContain(LocalDate keyDate) {
        if (since.isPresent() && keyDate.isBefore(since.get().minusDays(1))) {
            return false;
        }
        return until.isEmpty() || !keyDate.isAfter(until.get().plusDays(1));
    }

    /** Whether an event time (or its absence) falls in the window. Events without a time only pass an open window. */
    public boolean contains(OptionalLong micros) {
        if (isAll()) {
            return true;
        }
        if (micros.isEmpty()) {
            return false;
        }
        long value = micros.getAsLong();
        OptionalLong start = startMicros();
        OptionalLong end = endMicrosExclusive();
        return (start.isEmpty() || value >= start.getAsLong()) && (end.isEmpty() || value < end.getAsLong());
    }

    /** Whether every event this window admits, {@code other} admitted too. */
    public boolean within(TimeWindow other) {
        boolean sinceCovered = other.since.isEmpty() || (since.isPresent() && !since.get().isBefore(other.since.get()));
        boolean untilCovered = other.until.isEmpty() || (until.isPresent() && !until.get().isAfter(other.until.get()));
        return sinceCovered && untilCovered;
    }
}
