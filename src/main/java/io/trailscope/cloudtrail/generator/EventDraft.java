package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/**
 * An event decided but not yet written: everything that shapes it except the ids and parameters, which the
 * writer draws from {@code contentSeed}, so writing the same draft twice (a re-delivery) gives the same bytes.
 */
record EventDraft(long time, Operation operation, Actor actor, String sourceAddress, String userAgent,
                  String vpcEndpointId, Tls tls, Outcome outcome, long contentSeed) {
    enum Tls {
        NONE,
        TLS_1_2,
        TLS_1_3
    }

    EventDraft {
        requireNonNull(operation, "operation is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(sourceAddress, "sourceAddress is null");
        requireNonNull(userAgent, "userAgent is null");
        requireNonNull(vpcEndpointId, "vpcEndpointId is null");
        requireNonNull(tls, "tls is null");
        requireNonNull(outcome, "outcome is null");
    }

    boolean consoleSession() {
        if (actor instanceof Actor.IamUser user) {
            return user.consoleSession();
        }
        if (actor instanceof Actor.RoleSession session) {
            return session.consoleSession();
        }
        return actor instanceof Actor.Root;
    }
}
