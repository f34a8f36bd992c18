package io.trailscope.ingest.s3;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the one S3 client of a run from {@link S3Settings}. */
public final class S3Clients {
    private S3Clients() {
    }

    static {
        // The SDK logs through SLF4J; a CLI without a logging backend should not print SLF4J's "no providers" notice.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    public static S3Client create(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(settings.maxConnections()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(settings.pathStyle());
        settings.endpoint().ifPresent(builder::endpointOverride);
        builder.region(settings.region().map(Region::of).orElseGet(S3Clients::defaultRegion));
        // A bucket may live in another region than the configured one: let the SDK follow S3's redirect to it.
        builder.crossRegionAccessEnabled(settings.endpoint().isEmpty());
        return builder.build();
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            return Region.US_EAST_1;
        }
    }
}
