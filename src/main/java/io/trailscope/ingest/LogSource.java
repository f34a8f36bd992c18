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

    InputStream open(LogObject object) throws IOException;
}
