package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generation run wrote. {@code events} counts distinct API events (exactly the requested number);
 * {@code duplicateRecords} the extra copies in re-delivered files; Insights events are counted apart.
 */
public record GenerationSummary(long events, long duplicateRecords, long insightEvents, long logFiles,
                                long digestFiles, long insightFiles, long bytes, List<GeneratedAccount> accounts,
                                List<String> regions, Optional<Instant> firstEventTime, Optional<Instant> lastEventTime,
                                Duration elapsed, SortedMap<String, Long> categories,
                                SortedMap<String, Long> identityTypes, SortedMap<String, Long> outcomes) {
    public GenerationSummary {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        requireNonNull(firstEventTime, "firstEventTime is null");
        requireNonNull(lastEventTime, "lastEventTime is null");
        requireNonNull(elapsed, "elapsed is null");
        categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
        identityTypes = Collections.unmodifiableSortedMap(new TreeMap<>(identityTypes));
        outcomes = Collections.unmodifiableSortedMap(new TreeMap<>(outcomes));
    }

    /** Every file written: log, digest and Insights files. */
    public long files() {
        return logFiles + digestFiles + insightFiles;
    }
}
