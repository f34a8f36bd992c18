package io.trailscope.geo;

import static java.util.Objects.requireNonNull;

/** The network an address is routed in: its AS number and the organisation that runs it. */
public record AutonomousSystem(long number, String organization) {
    public AutonomousSystem {
        requireNonNull(organization, "organization is null");
        if (number < 0) {
            throw new IllegalArgumentException("negative AS number " + number);
        }
    }
}
