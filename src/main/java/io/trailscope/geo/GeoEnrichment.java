package io.trailscope.geo;

import static java.util.Objects.requireNonNull;

/** What one enrichment pass did: values looked up, how many got a country, and the data used. */
public record GeoEnrichment(long lookedUp, long located, String source) {
    public GeoEnrichment {
        requireNonNull(source, "source is null");
    }

    public boolean available() {
        return !source.equals(IpGeoEnricher.UNAVAILABLE);
    }
}
