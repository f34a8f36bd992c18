package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * An event ready for the writer, prepared on a decoder thread: its id settled (for dedup), its time,
 * its schema columns as {@link RowJson}, and its extra fields serialised (null when none).
 */
record PreparedEvent(String eventId, OptionalLong eventTimeMicros, byte[] rowJson, String extraFieldsJson) {
    PreparedEvent {
        requireNonNull(eventId, "eventId is null");
        requireNonNull(eventTimeMicros, "eventTimeMicros is null");
        requireNonNull(rowJson, "rowJson is null");
    }
}
