package io.trailscope.geo;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.engine.StoreSchema;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Fills {@code ip_geo} with one row per distinct {@code sourceipaddress} of the store that has no
 * row from the current data yet, so running it again after an ingest only looks up new values, and
 * newer data (another {@code geo_source}) refreshes every row. Without data, rows still get their
 * {@code ip_class} and {@code geo_source = 'unavailable'}.
 */
public final class IpGeoEnricher {
    public static final String UNAVAILABLE = "unavailable";

    private static final String PENDING = "SELECT DISTINCT c.sourceipaddress FROM " + CloudTrailSchema.TABLE + " c"
            + " WHERE c.sourceipaddress IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + StoreSchema.IP_GEO_TABLE + " g"
            + " WHERE g.ip = c.sourceipaddress AND g.geo_source = ?)";

    private final Optional<GeoDatabase> database;

    public IpGeoEnricher(Optional<GeoDatabase> database) {
        this.database = database;
    }

    public GeoEnrichment enrich(Connection connection) {
        String source = database.map(GeoDatabase::source).orElse(UNAVAILABLE);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(StoreSchema.IP_GEO_DDL);
            }
            List<String> pending = pending(connection, source);
            if (pending.isEmpty()) {
                return new GeoEnrichment(0, 0, source);
            }
            Map<String, IpGeo> rows = database.map(geo -> geo.lookupAll(pending))
                    .orElseGet(() -> unlocated(pending));
            long located = write(connection, rows.values(), source);
            return new GeoEnrichment(rows.size(), located, source);
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "geo-IP enrichment of the store failed: " + e.getMessage(), e);
        }
    }

    private static List<String> pending(Connection connection, String source) throws SQLException {
        List<String> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PENDING)) {
            statement.setString(1, source);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pending.add(rows.getString(1));
                }
            }
        }
        return pending;
    }

    private static Map<String, IpGeo> unlocated(List<String> pending) {
        Map<String, IpGeo> rows = new LinkedHashMap<>();
        for (String ip : pending) {
            rows.put(ip, new IpGeo(ip, IpClassifier.classify(ip), Optional.empty(), Optional.empty()));
        }
        return rows;
    }

    /**
     * Appends the rows to a TEMP table, then upserts them in one statement: executing one INSERT
     * per address (a JDBC batch) took minutes for tens of thousands of addresses.
     */
    private static long write(Connection connection, Iterable<IpGeo> rows, String source) throws SQLException {
        long located = 0;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE ip_geo_staging AS FROM " + StoreSchema.IP_GEO_TABLE + " LIMIT 0");
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("temp", "main", "ip_geo_staging")) {
                for (IpGeo row : rows) {
                    appender.beginRow();
                    appender.append(row.ip());
                    appender.append(row.ipClass().sqlName());
                    appender.append(row.location().map(CityLocation::countryCode).orElse(null));
                    appender.append(row.location().map(CityLocation::countryName).orElse(null));
                    appender.append(row.location().flatMap(CityLocation::city).orElse(null));
                    appendNumber(appender, row.location().flatMap(CityLocation::latitude));
                    appendNumber(appender, row.location().flatMap(CityLocation::longitude));
                    if (row.autonomousSystem().isPresent()) {
                        appender.append(row.autonomousSystem().get().number());
                    } else {
                        appender.appendNull();
                    }
                    appender.append(row.autonomousSystem().map(AutonomousSystem::organization).orElse(null));
                    appender.append(source);
                    appender.endRow();
                    if (row.location().isPresent()) {
                        located++;
                    }
                }
            }
            statement.execute("INSERT OR REPLACE INTO " + StoreSchema.IP_GEO_TABLE + " FROM ip_geo_staging");
            statement.execute("DROP TABLE ip_geo_staging");
        }
        return located;
    }

    private static void appendNumber(DuckDBAppender appender, Optional<Double> value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.get().doubleValue());
        } else {
            appender.appendNull();
        }
    }
}
