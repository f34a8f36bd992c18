package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A piece of automation: the identities it calls as, what it calls, where its calls come from and with which
 * user agent, and how much of the account's automation traffic it makes.
 */
record Agent(String name, List<Actor> actors, Profile profile, Origin origin, List<String> userAgents,
             List<String> addresses, double weight, double endpointShare) {
    enum Origin {
        /** An AWS service host name is the source address and user agent (config.amazonaws.com). */
        SERVICE_HOST,
        /** A public AWS address of the region, stable per identity and day (Lambda, EC2, ECS). */
        AWS_ADDRESS,
        /** A few fixed addresses (a data centre, a SaaS vendor, CI runners). */
        FIXED_ADDRESSES,
        /** "AWS Internal": service events. */
        AWS_INTERNAL
    }

    Agent {
        requireNonNull(name, "name is null");
        actors = List.copyOf(actors);
        requireNonNull(profile, "profile is null");
        requireNonNull(origin, "origin is null");
        userAgents = List.copyOf(userAgents);
        addresses = List.copyOf(addresses);
    }
}
