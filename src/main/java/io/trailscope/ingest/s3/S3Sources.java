package io.trailscope.ingest.s3;

import static java.util.Objects.requireNonNull;

import software.amazon.awssdk.services.s3.S3Client;

/** The s3:// sources of one run, sharing one client (and its connection pool), built on first use. */
public final class S3Sources implements AutoCloseable {
    private final S3Settings settings;
    private S3Client client;

    public S3Sources(S3Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public S3LogSource source(S3Location location) {
        if (client == null) {
            client = S3Clients.create(settings);
        }
        return new S3LogSource(client, location);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
