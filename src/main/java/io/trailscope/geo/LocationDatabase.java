package io.trailscope.geo;

import com.maxmind.db.Reader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;

/**
 * One ip-location-db database in MaxMind DB format, flat schema (country_code, and for city
 * databases city, latitude, longitude, ...). The whole file is read into memory: lookups then need
 * no file handle, and the caller drops the instance after a batch.
 */
final class LocationDatabase implements AutoCloseable {
    private final Reader reader;

    private LocationDatabase(Reader reader) {
        this.reader = reader;
    }

    static LocationDatabase read(InputStream mmdb) throws IOException {
        return new LocationDatabase(new Reader(mmdb));
    }

    Optional<CityLocation> lookup(InetAddress address) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> record = reader.get(address, Map.class);
        if (record == null) {
            return Optional.empty();
        }
        Optional<String> countryCode = text(record.get("country_code"));
        if (countryCode.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CityLocation(countryCode.get(), text(record.get("city")),
                number(record.get("latitude")), number(record.get("longitude"))));
    }

    private static Optional<String> text(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private static Optional<Double> number(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
