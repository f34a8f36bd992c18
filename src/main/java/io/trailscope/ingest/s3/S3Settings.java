package io.trailscope.ingest.s3;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach S3: an endpoint override and path-style addressing for S3-compatible servers, a
 * region (else the SDK's default chain, else us-east-1 with cross-region access), and the size of
 * the connection pool. Credentials always come from the SDK's default chain.
 */
public record S3Settings(Optional<URI> endpoint, Optional<String> region, boolean pathStyle, int maxConnections) {
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");

    public S3Settings {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(region, "region is null");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
    }

    public static S3Settings defaults() {
        return new S3Settings(Optional.empty(), Optional.empty(), false, 50);
    }

    /**
     * Options win over the environment ({@code AWS_ENDPOINT_URL_S3}, then {@code AWS_ENDPOINT_URL};
     * {@code AWS_REGION} and {@code AWS_PROFILE} are read by the SDK itself). Path-style is also
     * chosen when the endpoint is an IP address or localhost, where bucket host names cannot resolve.
     */
    public static S3Settings resolve(Optional<String> endpointOption, Optional<String> regionOption, boolean pathStyleOption,
            int maxConnections, Map<String, String> environment) {
        Optional<String> endpointText = endpointOption
                .or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL_S3")))
                .or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL")));
        Optional<URI> endpoint = endpointText.map(S3Settings::endpoint);
        regionOption.ifPresent(region -> {
            if (!REGION.matcher(region).matches()) {
                throw new TrailException(ErrorCode.INGEST_ARGUMENT, "not an AWS region name: " + region.replaceAll("\\p{Cntrl}", "?"));
            }
        });
        boolean pathStyle = pathStyleOption || endpoint.map(S3Settings::needsPathStyle).orElse(false);
        return new S3Settings(endpoint, regionOption, pathStyle, maxConnections);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static URI endpoint(String text) {
        try {
            URI uri = new URI(text);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(text, "expected http://host[:port] or https://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new TrailException(ErrorCode.INGEST_ARGUMENT, "not an S3 endpoint URL: " + text.replaceAll("\\p{Cntrl}", "?")
                    + " (" + e.getReason() + ")");
        }
    }

    private static boolean needsPathStyle(URI endpoint) {
        String host = endpoint.getHost();
        return "localhost".equalsIgnoreCase(host) || host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
