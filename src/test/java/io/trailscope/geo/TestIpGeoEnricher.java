package io.trailscope.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.engine.DuckDbStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestIpGeoEnricher {
    @TempDir
    Path temp;

    @Test
    void withoutDataEveryValueGetsItsClassAndSaysUnavailable() throws SQLException {
        try (DuckDbStore store = DuckDbStore.open(temp.resolve("store.db"))) {
            insert(store, "8.8.8.8", "8.8.8.8", "10.0.0.1", "AWS Internal", "redacted", null);
            GeoEnrichment first = new IpGeoEnricher(Optional.empty()).enrich(store.connection());
            assertThat(first).isEqualTo(new GeoEnrichment(4, 0, "unavailable"));
            assertThat(first.available()).isFalse();
            assertThat(rows(store)).containsExactly(
                    "10.0.0.1|private|null|null|unavailable",
                    "8.8.8.8|public|null|null|unavailable",
                    "AWS Internal|aws_internal|null|null|unavailable",
                    "redacted|invalid|null|null|unavailable");
            assertThat(new IpGeoEnricher(Optional.empty()).enrich(store.connection())).isEqualTo(new GeoEnrichment(0, 0, "unavailable"));
        }
    }

    @Test
    void enrichmentIsIdempotentAndLooksUpOnlyNewValues() throws SQLException {
        Optional<GeoDatabase> database = GeoDatabase.bundled();
        assumeTrue(database.isPresent(), "skipped: no geo-IP data in target/classes (the build had no npm or no registry)");
        try (DuckDbStore store = DuckDbStore.open(temp.resolve("store.db"))) {
            insert(store, "8.8.8.8", "1.1.1.1", "10.0.0.1");
            IpGeoEnricher enricher = new IpGeoEnricher(database);
            assertThat(enricher.enrich(store.connection())).isEqualTo(new GeoEnrichment(3, 2, database.get().source()));
            assertThat(enricher.enrich(store.connection()).lookedUp()).isZero();
            insert(store, "1.1.1.1", "2001:4860:4860::8888");
            assertThat(enricher.enrich(store.connection())).isEqualTo(new GeoEnrichment(1, 1, database.get().source()));
            assertThat(rows(store)).containsExactly(
                    "1.1.1.1|public|AU|13335|" + database.get().source(),
                    "10.0.0.1|private|null|null|" + database.get().source(),
                    "2001:4860:4860::8888|public|US|15169|" + database.get().source(),
                    "8.8.8.8|public|US|15169|" + database.get().source());
            assertThat(new IpGeoEnricher(Optional.empty()).enrich(store.connection()).lookedUp()).isEqualTo(4);
            assertThat(enricher.enrich(store.connection()).lookedUp()).isEqualTo(4);
            assertThat(store.count("SELECT count(*) FROM ip_geo")).isEqualTo(4);
        }
    }

    private static void insert(DuckDbStore store, String... ips) throws SQLException {
        try (Statement statement = store.connection().createStatement()) {
            for (String ip : ips) {
                statement.execute("INSERT INTO cloudtrail_logs (eventid, sourceipaddress) VALUES (uuid()::VARCHAR, "
                        + (ip == null ? "NULL" : "'" + ip + "'") + ")");
            }
        }
    }

    private static List<String> rows(DuckDbStore store) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement();
                ResultSet result = statement.executeQuery("SELECT ip, ip_class, country_code, asn, geo_source FROM ip_geo ORDER BY ip")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|" + result.getString(4) + "|"
                        + result.getString(5));
            }
        }
        return rows;
    }
}
