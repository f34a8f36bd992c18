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
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private static final String UPSERT = "INSERT OR REPLACE INTO " + StoreSchema.IP_GEO_TABLE
            + " (ip, ip_class, country_code, country_name, city, latitude, longitude, asn, as_org, geo_source)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    private static long write(Connection connection, Iterable<IpGeo> rows, String source) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long located = 0;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (IpGeo row : rows) {
                upsert.setString(1, row.ip());
                upsert.setString(2, row.ipClass().sqlName());
                setText(upsert, 3, row.location().map(CityLocation::countryCode));
                setText(upsert, 4, row.location().map(CityLocation::countryName));
                setText(upsert, 5, row.location().flatMap(CityLocation::city));
                setNumber(upsert, 6, row.location().flatMap(CityLocation::latitude));
                setNumber(upsert, 7, row.location().flatMap(CityLocation::longitude));
                if (row.autonomousSystem().isPresent()) {
                    upsert.setLong(8, row.autonomousSystem().get().number());
                } else {
                    upsert.setNull(8, Types.BIGINT);
                }
                setText(upsert, 9, row.autonomousSystem().map(AutonomousSystem::organization));
                upsert.setString(10, source);
                upsert.addBatch();
                if (row.location().isPresent()) {
                    located++;
                }
            }
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return located;
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static void setNumber(PreparedStatement statement, int index, Optional<Double> value) throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.get());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }
}
