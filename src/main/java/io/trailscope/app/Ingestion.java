package io.trailscope.app;

import static java.util.Objects.requireNonNull;

import io.trailscope.accounts.AccountNamesTable;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.geo.GeoDatabase;
import io.trailscope.geo.GeoEnrichment;
import io.trailscope.geo.IpGeoEnricher;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LogSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an ingest means to a user, in one call the CLI, the demo and the web server share:
 * the events, then the account names, then geo-IP for the source addresses the store now has.
 */
public final class Ingestion {
    /** What an ingest did, and what the enrichment after it found. */
    public record Report(IngestSummary summary, GeoEnrichment geo) {
        public Report {
            requireNonNull(summary, "summary is null");
            requireNonNull(geo, "geo is null");
        }
    }

    private Ingestion() {
    }

    public static Report run(DuckDbStore store, List<LogSource> sources, IngestOptions options,
            Optional<Map<String, String>> accountNames) {
        IngestSummary summary = new IngestJob(store, options).run(sources);
        accountNames.ifPresent(names -> AccountNamesTable.replace(store.connection(), names));
        GeoEnrichment geo = new IpGeoEnricher(GeoDatabase.bundled()).enrich(store.connection());
        return new Report(summary, geo);
    }
}
