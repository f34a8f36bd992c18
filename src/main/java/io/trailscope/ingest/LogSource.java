package io.trailscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Where log objects come from: a local folder or file, an S3 prefix. */
public interface LogSource {
    /** A stable name for the manifest, e.g. the absolute folder or {@code s3://bucket/prefix}. */
    String name();

    /** Every object under the source, in a stable order. */
    List<LogObject> list() throws IOException;

    /**
     * The objects an ingest under {@code window} may need, in a stable order. A source may leave out
     * objects its key layout dates outside the window (with {@link TimeWindow#mayContain}'s slack);
     * the ingest filters what comes back anyway.
     */
    default List<LogObject> list(TimeWindow window) throws IOException {
        return list();
    }

    InputStream open(LogObject object) throws IOException;
}
