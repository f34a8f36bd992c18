package io.trailscope.geo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One row of the {@code ip_geo} table: a source IP value, its class and what the databases know of it. */
public record IpGeo(String ip, IpClass ipClass, Optional<CityLocation> location, Optional<AutonomousSystem> autonomousSystem) {
    public IpGeo {
        requireNonNull(ip, "ip is null");
        requireNonNull(ipClass, "ipClass is null");
        requireNonNull(location, "location is null");
        requireNonNull(autonomousSystem, "autonomousSystem is null");
    }
}
