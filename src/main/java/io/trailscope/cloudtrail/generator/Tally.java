package io.trailscope.cloudtrail.generator;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts of what one stream wrote; merged in a fixed order into the run's summary. */
final class Tally {
    private final long[] categories = new long[Category.values().length];
    private final Map<String, Long> identityTypes = new TreeMap<>();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private long events;
    private long duplicates;
    private long insightEvents;
    private long logFiles;
    private long digestFiles;
    private long insightFiles;
    private long bytes;
    private long firstEvent = Long.MAX_VALUE;
    private long lastEvent = Long.MIN_VALUE;

    void event(EventDraft draft) {
        events++;
        categories[draft.operation().category().ordinal()]++;
        identityTypes.merge(draft.actor().identityType(), 1L, Long::sum);
        outcomes.merge(draft.outcome().label(), 1L, Long::sum);
        firstEvent = Math.min(firstEvent, draft.time());
        lastEvent = Math.max(lastEvent, draft.time());
    }

    void duplicate() {
        duplicates++;
    }

    void logFile(long size) {
        logFiles++;
        bytes += size;
    }

    void digestFile(long size) {
        digestFiles++;
        bytes += size;
    }

    void insightFile(long size) {
        insightFiles++;
        insightEvents++;
        bytes += size;
    }

    void add(Tally other) {
        for (int index = 0; index < categories.length; index++) {
            categories[index] += other.categories[index];
        }
        other.identityTypes.forEach((key, value) -> identityTypes.merge(key, value, Long::sum));
        other.outcomes.forEach((key, value) -> outcomes.merge(key, value, Long::sum));
        events += other.events;
        duplicates += other.duplicates;
        insightEvents += other.insightEvents;
        logFiles += other.logFiles;
        digestFiles += other.digestFiles;
        insightFiles += other.insightFiles;
        bytes += other.bytes;
        firstEvent = Math.min(firstEvent, other.firstEvent);
        lastEvent = Math.max(lastEvent, other.lastEvent);
    }

    long events() {
        return events;
    }

    long duplicates() {
        return duplicates;
    }

    long insightEvents() {
        return insightEvents;
    }

    long logFiles() {
        return logFiles;
    }

    long digestFiles() {
        return digestFiles;
    }

    long insightFiles() {
        return insightFiles;
    }

    long bytes() {
        return bytes;
    }

    long firstEvent() {
        return firstEvent;
    }

    long lastEvent() {
        return lastEvent;
    }

    SortedMap<String, Long> categories() {
        SortedMap<String, Long> byLabel = new TreeMap<>();
        for (Category category : Category.values()) {
            byLabel.put(category.label(), categories[category.ordinal()]);
        }
        return byLabel;
    }

    SortedMap<String, Long> identityTypes() {
        return new TreeMap<>(identityTypes);
    }

    SortedMap<String, Long> outcomes() {
        return new TreeMap<>(outcomes);
    }
}
