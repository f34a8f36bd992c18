package io.trailscope.ingest.s3;

import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** A real S3-compatible server (s3proxy, in-memory blob store) on 127.0.0.1 and a free port, with signed requests. */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "test-key";
    public static final String SECRET_KEY = "test-secret";

    private final S3Proxy proxy;
    private final S3Client client;

    private S3ProxyServer(S3Proxy proxy) {
        this.proxy = proxy;
        this.client = client(ACCESS_KEY, SECRET_KEY);
    }

    public static S3ProxyServer start() throws Exception {
        S3Proxy proxy = S3Proxy.builder().blobStore(BlobStores.create("transient", new Properties()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        return new S3ProxyServer(proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** The settings a user would give: the endpoint and a region (path-style follows from the IP address). */
    public S3Settings settings() {
        return S3Settings.resolve(Optional.of(endpoint().toString()), Optional.of("us-east-1"), false, 32, java.util.Map.of());
    }

    /** A client that signs with the given keys, for tests that need wrong ones. */
    public S3Client client(String accessKey, String secretKey) {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))).build();
    }

    public S3Client client() {
        return client;
    }

    public void createBucket(String bucket) {
        client.createBucket(request -> request.bucket(bucket));
    }

    public void put(String bucket, String key, byte[] content) {
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(content));
    }

    public void putGzipEncoded(String bucket, String key, byte[] gzipped) {
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentEncoding("gzip").contentType("application/json").build(),
                RequestBody.fromBytes(gzipped));
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
    }
}
