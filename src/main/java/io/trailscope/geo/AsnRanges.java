package io.trailscope.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * ip-location-db's ASN CSV ({@code start,end,asn,organization}, ranges ascending and disjoint).
 * A batch is looked up in one merge pass over the file, so nothing but the batch stays in memory.
 */
final class AsnRanges {
    private AsnRanges() {
    }

    /** Looks up every key of {@code wanted} (addresses as unsigned numbers); returns matches by key. */
    static Map<BigInteger, AutonomousSystem> lookup(InputStream csv, NavigableMap<BigInteger, ?> wanted) throws IOException {
        Map<BigInteger, AutonomousSystem> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        BigInteger next = wanted.firstKey();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while (next != null && (line = lines.readLine()) != null) {
                int first = line.indexOf(',');
                int second = line.indexOf(',', first + 1);
                int third = line.indexOf(',', second + 1);
                if (first < 0 || second < 0 || third < 0) {
                    continue;
                }
                BigInteger end = number(line.substring(first + 1, second));
                if (next.compareTo(end) > 0) {
                    continue;
                }
                BigInteger start = number(line.substring(0, first));
                AutonomousSystem system = new AutonomousSystem(Long.parseLong(line.substring(second + 1, third)),
                        organization(line.substring(third + 1)));
                while (next != null && next.compareTo(end) <= 0) {
                    if (next.compareTo(start) >= 0) {
                        found.put(next, system);
                    }
                    next = wanted.higherKey(next);
                }
            }
        }
        return found;
    }

    static BigInteger number(InetAddress address) {
        return new BigInteger(1, address.getAddress());
    }

    private static BigInteger number(String literal) throws IOException {
        return number(InetAddress.getByName(literal));
    }

    private static String organization(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
