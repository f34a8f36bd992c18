package io.trailscope.ingest;

import io.trailscope.cloudtrail.EventRecord;

/** An event ready for the writer: decoded, with its id settled and its extra fields serialised (null when none). */
record PreparedEvent(EventRecord record, String extraFieldsJson) {
}
