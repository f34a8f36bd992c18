package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A burst on top of the normal rhythm: a principal hammering a call it may not make, a password spray, or a
 * runaway loop. {@code intensity} is the burst's volume relative to the stream's normal volume in those windows.
 * Bursts that CloudTrail Insights would notice get a Start and an End Insights event.
 */
record Incident(Kind kind, int region, int startWindow, int endWindow, double intensity, Actor actor,
                Operation operation, Optional<Agent> agent, Optional<Person> person, String address,
                String userAgent, boolean insight) {
    enum Kind {
        ACCESS_DENIED,
        LOGIN_SPRAY,
        CALL_SPIKE
    }

    Incident {
        requireNonNull(kind, "kind is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(operation, "operation is null");
        requireNonNull(agent, "agent is null");
        requireNonNull(person, "person is null");
        requireNonNull(address, "address is null");
        requireNonNull(userAgent, "userAgent is null");
    }

    boolean activeAt(int window) {
        return window >= startWindow && window <= endWindow;
    }
}
