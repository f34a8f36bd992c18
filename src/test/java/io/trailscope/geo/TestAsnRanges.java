package io.trailscope.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class TestAsnRanges {
    private static final String CSV = """
            1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."
            1.0.4.0,1.0.7.255,38803,Gtelecom Pty Ltd
            8.8.8.0,8.8.8.255,15169,"The ""Quoted"" Org"
            broken line
            9.9.9.0,9.9.9.255,19281,Quad9
            """;

    @Test
    void matchesInclusiveRangesInOnePass() throws Exception {
        TreeMap<BigInteger, String> wanted = new TreeMap<>();
        for (String ip : new String[] {"1.0.0.0", "1.0.0.255", "1.0.1.0", "1.0.5.5", "8.8.8.8", "9.9.9.255", "9.9.10.0", "0.255.255.255"}) {
            wanted.put(AsnRanges.number(InetAddress.getByName(ip)), ip);
        }
        Map<BigInteger, AutonomousSystem> found = AsnRanges.lookup(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), wanted);
        Map<String, AutonomousSystem> byIp = new TreeMap<>();
        found.forEach((key, system) -> byIp.put(wanted.get(key), system));
        assertThat(byIp).containsOnly(
                Map.entry("1.0.0.0", new AutonomousSystem(13335, "Cloudflare, Inc.")),
                Map.entry("1.0.0.255", new AutonomousSystem(13335, "Cloudflare, Inc.")),
                Map.entry("1.0.5.5", new AutonomousSystem(38803, "Gtelecom Pty Ltd")),
                Map.entry("8.8.8.8", new AutonomousSystem(15169, "The \"Quoted\" Org")),
                Map.entry("9.9.9.255", new AutonomousSystem(19281, "Quad9")));
    }

    @Test
    void nothingWantedReadsNothing() throws Exception {
        assertThat(AsnRanges.lookup(new ByteArrayInputStream(new byte[0]), new TreeMap<>())).isEmpty();
    }
}
