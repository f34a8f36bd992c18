package io.trailscope.ingest.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The body of one GetObject, streamed as S3 sends it (the SDK's HTTP client does not undo a
 * Content-Encoding: gzip, so the decoder sees the stored bytes). Every request carries If-Match with
 * the listed ETag, so the bytes are those of the version the manifest records. A connection that
 * drops mid-body is resumed with a ranged request, a few times, rather than failing the file:
 * a rejected file stays rejected until its ETag changes. Closing far before the end aborts the
 * connection instead of draining the rest of the object.
 */
final class S3ObjectStream extends InputStream {
    static final int MAX_RESUMES = 3;
    /** Left unread at close, up to this much is drained so the connection is reused; more, and it is aborted. */
    static final long DRAIN_LIMIT = 256 * 1024;

    private final S3Client client;
    private final String bucket;
    private final String key;
    private final String eTag;
    private ResponseInputStream<GetObjectResponse> body;
    private long position;
    private long length = -1;
    private boolean finished;
    private int resumes;

    private S3ObjectStream(S3Client client, String bucket, String key, String eTag) {
        this.client = client;
        this.bucket = bucket;
        this.key = key;
        this.eTag = eTag;
    }

    static S3ObjectStream open(S3Client client, String bucket, String key, String eTag) throws IOException {
        S3ObjectStream stream = new S3ObjectStream(client, bucket, key, eTag);
        stream.body = stream.request(0);
        Long contentLength = stream.body.response().contentLength();
        stream.length = contentLength == null ? -1 : contentLength;
        return stream;
    }

    private ResponseInputStream<GetObjectResponse> request(long from) throws IOException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (!eTag.isEmpty()) {
            request.ifMatch('"' + eTag + '"');
        }
        if (from > 0) {
            request.range("bytes=" + from + "-");
        }
        try {
            return client.getObject(request.build());
        } catch (SdkException e) {
            throw S3Failures.io(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        while (true) {
            try {
                int read = body.read(buffer, offset, count);
                if (read < 0) {
                    finished = true;
                } else {
                    position += read;
                }
                return read;
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (length >= 0 && position >= length) {
                    // Every byte the response announced has arrived: a reset after the last one loses nothing.
                    finished = true;
                    return -1;
                }
                resume(e);
            } catch (SdkException e) {
                // e.g. a checksum mismatch at the end of the body: the bytes already given are suspect, so no resume.
                throw S3Failures.io(e);
            }
        }
    }

    private void resume(IOException failure) throws IOException {
        if (resumes >= MAX_RESUMES || Thread.currentThread().isInterrupted()) {
            throw failure;
        }
        resumes++;
        body.abort();
        try {
            body = request(position);
        } catch (IOException again) {
            again.addSuppressed(failure);
            throw again;
        }
    }

    @Override
    public void close() throws IOException {
        // A decoder often stops right after the closing bracket, a few bytes short of the end: dropping the
        // connection then would cost a new TCP and TLS handshake per object.
        boolean nearlyRead = length >= 0 && length - position <= DRAIN_LIMIT;
        if (!finished && !nearlyRead) {
            body.abort();
        }
        body.close();
    }
}
