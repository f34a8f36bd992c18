package io.trailscope.ingest.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.DelegatingS3Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * A real client (to s3proxy) that records the listings and reads it makes, and can cut the first
 * bodies it reads after a number of bytes, as a dropped connection would.
 */
final class RecordingS3Client extends DelegatingS3Client {
    private final List<String> listings = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final AtomicInteger bodiesToCut = new AtomicInteger();
    private volatile long cutAfterBytes;

    RecordingS3Client(S3Client delegate) {
        super(delegate);
    }

    /** Every ListObjectsV2 page asked for, as "prefix" or "prefix|/" when delimited. */
    synchronized List<String> listings() {
        return List.copyOf(listings);
    }

    /** Every GetObject, as "key" or "key range" when ranged. */
    synchronized List<String> reads() {
        return List.copyOf(reads);
    }

    synchronized void clear() {
        listings.clear();
        reads.clear();
    }

    void cutBodies(int count, long afterBytes) {
        cutAfterBytes = afterBytes;
        bodiesToCut.set(count);
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        synchronized (this) {
            listings.add(request.prefix() + (request.delimiter() == null ? "" : "|" + request.delimiter()));
        }
        return super.listObjectsV2(request);
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
        synchronized (this) {
            reads.add(request.key() + (request.range() == null ? "" : " " + request.range()));
        }
        ResponseInputStream<GetObjectResponse> body = ((S3Client) delegate()).getObject(request);
        if (bodiesToCut.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new ResponseInputStream<>(body.response(), new CutStream(body, cutAfterBytes));
        }
        return body;
    }

    private static final class CutStream extends FilterInputStream {
        private long left;

        CutStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left <= 0) {
                throw new IOException("connection reset (cut by the test)");
            }
            int read = super.read(buffer, offset, (int) Math.min(count, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
