package io.trailscope.ingest.s3;

import static java.util.Objects.requireNonNull;

import io.trailscope.ingest.LogObject;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects under {@code s3://bucket/prefix}: path {@code s3://bucket/key}, version the ETag.
 * Keys ending in "/" (console folder markers) are not objects to read. The client is the caller's
 * to close (see {@link S3Sources}).
 */
public final class S3LogSource implements LogSource {
    private final S3Client client;
    private final S3Location location;

    public S3LogSource(S3Client client, S3Location location) {
        this.client = requireNonNull(client, "client is null");
        this.location = requireNonNull(location, "location is null");
    }

    @Override
    public String name() {
        return location.toString();
    }

    @Override
    public List<LogObject> list() throws IOException {
        return list(TimeWindow.ALL);
    }

    /** Lists only the date folders of the key layout that can hold events of {@code window}; see {@link LayoutPruning}. */
    @Override
    public List<LogObject> list(TimeWindow window) throws IOException {
        List<S3Object> found = new BucketWalk(client, location.bucket()).run(location.prefix(), new LayoutPruning(window));
        List<LogObject> objects = new ArrayList<>(found.size());
        for (S3Object object : found) {
            if (!object.key().endsWith("/")) {
                objects.add(new LogObject(name(), location.uriOf(object.key()), sizeOf(object), unquoted(object.eTag())));
            }
        }
        objects.sort(Comparator.comparing(LogObject::path));
        return objects;
    }

    @Override
    public InputStream open(LogObject object) throws IOException {
        return S3ObjectStream.open(client, location.bucket(), location.keyOf(object.path()), object.version());
    }

    private static long sizeOf(S3Object object) {
        return object.size() == null ? 0 : object.size();
    }

    private static String unquoted(String eTag) {
        if (eTag == null) {
            return "";
        }
        return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"") ? eTag.substring(1, eTag.length() - 1) : eTag;
    }
}
