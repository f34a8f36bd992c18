package io.trailscope.geo;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The offline geo-IP data, for IPv4 and IPv6: the country from ip-location-db's GeoFeed + Whois + ASN
 * country database (CC0; operators' own geofeeds, so anycast networks such as 8.8.8.8 or
 * 2001:4860:4860::8888 get their home country), the city and position from DB-IP lite city (CC BY
 * 4.0) where it agrees on the country, and the AS from ip-location-db's ASN table (RouteViews, RIRs,
 * DB-IP; CC BY 4.0). Lookups go in batches: each batch reads only the files its addresses need.
 */
public final class GeoDatabase {
    /** The attribution the licences ask for wherever geo results are shown. */
    public static final String ATTRIBUTION = "IP geolocation by DB-IP (https://db-ip.com, CC BY 4.0); "
            + "AS numbers by RouteViews (https://www.routeviews.org), the NRO (https://www.nro.net) and DB-IP, CC BY 4.0";

    private final GeoDataFiles files;
    private final String source;

    private GeoDatabase(GeoDataFiles files, String source) {
        this.files = files;
        this.source = source;
    }

    /** The data bundled in the jar, or empty when the build could not fetch it. */
    public static Optional<GeoDatabase> bundled() {
        return from(GeoDataFiles.classpath());
    }

    /** Data in a folder laid out as the jar's {@code io/trailscope/geo/data/} (to use newer files). */
    public static Optional<GeoDatabase> inFolder(Path folder) {
        return from(GeoDataFiles.folder(folder));
    }

    private static Optional<GeoDatabase> from(GeoDataFiles files) {
        try {
            Optional<InputStream> stream = files.open(GeoDataFiles.PROPERTIES);
            if (stream.isEmpty()) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = stream.get()) {
                properties.load(in);
            }
            String source = "dbip-city-lite " + properties.getProperty("city.version", "?")
                    + " + geo-whois-asn-country " + properties.getProperty("country.version", "?")
                    + " + ip-location-db asn " + properties.getProperty("asn.version", "?");
            return Optional.of(new GeoDatabase(files, source));
        } catch (IOException e) {
            throw new TrailException(ErrorCode.GEO_DATA_UNREADABLE, "cannot read the geo-IP data: " + e.getMessage(), e);
        }
    }

    /** Names the data and its versions; stored with every looked-up row. */
    public String source() {
        return source;
    }

    /** Classifies every value and looks up the public addresses; the result keeps the input order. */
    public Map<String, IpGeo> lookupAll(Collection<String> sourceIps) {
        Map<String, IpGeo> result = new LinkedHashMap<>();
        TreeMap<BigInteger, String> ipv4 = new TreeMap<>();
        TreeMap<BigInteger, String> ipv6 = new TreeMap<>();
        for (String ip : sourceIps) {
            IpClass ipClass = IpClassifier.classify(ip);
            result.put(ip, new IpGeo(ip, ipClass, Optional.empty(), Optional.empty()));
            if (ipClass == IpClass.PUBLIC) {
                parse(ip).ifPresent(address -> (address instanceof Inet4Address ? ipv4 : ipv6).put(AsnRanges.number(address), ip));
            }
        }
        try {
            locate(ipv4, 4, GeoDataFiles.COUNTRY_IPV4, GeoDataFiles.CITY_IPV4, GeoDataFiles.ASN_IPV4, result);
            locate(ipv6, 16, GeoDataFiles.COUNTRY_IPV6, GeoDataFiles.CITY_IPV6, GeoDataFiles.ASN_IPV6, result);
        } catch (IOException e) {
            throw new TrailException(ErrorCode.GEO_DATA_UNREADABLE, "geo-IP lookup failed: " + e.getMessage(), e);
        }
        return result;
    }

    private void locate(TreeMap<BigInteger, String> wanted, int addressLength, String countryFile, String cityFile, String asnFile,
            Map<String, IpGeo> result) throws IOException {
        if (wanted.isEmpty()) {
            return;
        }
        Map<BigInteger, Optional<CityLocation>> countries = locations(wanted, addressLength, countryFile);
        Map<BigInteger, Optional<CityLocation>> cities = locations(wanted, addressLength, cityFile);
        for (Map.Entry<BigInteger, String> entry : wanted.entrySet()) {
            Optional<CityLocation> location = merge(countries.getOrDefault(entry.getKey(), Optional.empty()),
                    cities.getOrDefault(entry.getKey(), Optional.empty()));
            IpGeo row = result.get(entry.getValue());
            result.put(row.ip(), new IpGeo(row.ip(), row.ipClass(), location, row.autonomousSystem()));
        }
        Optional<InputStream> asn = files.open(asnFile);
        if (asn.isPresent()) {
            try (InputStream in = asn.get()) {
                for (Map.Entry<BigInteger, AutonomousSystem> match : AsnRanges.lookup(in, wanted).entrySet()) {
                    IpGeo row = result.get(wanted.get(match.getKey()));
                    result.put(row.ip(), new IpGeo(row.ip(), row.ipClass(), row.location(), Optional.of(match.getValue())));
                }
            }
        }
    }

    /** The country database decides the country; the city database adds a city only where it agrees. */
    static Optional<CityLocation> merge(Optional<CityLocation> country, Optional<CityLocation> city) {
        if (country.isEmpty()) {
            return city;
        }
        if (city.isPresent() && city.get().countryCode().equals(country.get().countryCode())) {
            return city;
        }
        return Optional.of(new CityLocation(country.get().countryCode(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private Map<BigInteger, Optional<CityLocation>> locations(TreeMap<BigInteger, String> wanted, int addressLength, String file)
            throws IOException {
        Map<BigInteger, Optional<CityLocation>> found = new HashMap<>();
        Optional<InputStream> stream = files.open(file);
        if (stream.isEmpty()) {
            return found;
        }
        try (InputStream in = stream.get(); LocationDatabase database = LocationDatabase.read(in)) {
            for (BigInteger key : wanted.keySet()) {
                found.put(key, database.lookup(address(key, addressLength)));
            }
        }
        return found;
    }

    private static InetAddress address(BigInteger number, int length) throws UnknownHostException {
        byte[] raw = number.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        return InetAddress.getByAddress(bytes);
    }

    /** Parses a value that {@link IpClassifier} called public; never resolves a host name. */
    private static Optional<InetAddress> parse(String ip) {
        try {
            if (IpClassifier.isIpv6(ip)) {
                // The pattern guarantees a colon and a hex or colon first character, so this parses a literal.
                return Optional.of(InetAddress.getByName(ip));
            }
            String[] parts = ip.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
