package io.trailscope.cloudtrail;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One decoded event, laid out like {@link CloudTrailSchema#EVENT}: each value is null, a String
 * (text and JSON-text columns), an Object[] (struct), a List of Object[] (struct list) or a
 * Map of String to String (map).
 */
public record EventRecord(Object[] values, Optional<ObjectNode> extraFields, OptionalLong eventTimeMicros) {
    public EventRecord {
        requireNonNull(values, "values is null");
        requireNonNull(extraFields, "extraFields is null");
        requireNonNull(eventTimeMicros, "eventTimeMicros is null");
    }

    public Optional<String> text(int index) {
        return Optional.ofNullable((String) values[index]);
    }

    public String eventId() {
        return (String) values[CloudTrailSchema.EVENT_ID];
    }

    public boolean hasEventTimeText() {
        return values[CloudTrailSchema.EVENT_TIME] != null;
    }
}
