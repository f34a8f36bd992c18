package io.trailscope.cloudtrail.generator;

import java.util.List;

/** Where a call comes from: source address, user agent, VPC endpoint and TLS, per kind of caller. */
final class Origins {
    private static final double[] ADDRESS_WEIGHTS = {0.5, 0.38, 0.12};
    private static final long DAY = TimeText.SECONDS_PER_DAY;

    private final StreamContext context;
    private final SeededRandom random;
    private final SeededRandom stable = new SeededRandom(0);

    Origins(StreamContext context, SeededRandom random) {
        this.context = context;
        this.random = random;
    }

    /** One of the person's usual addresses, or now and then their travel address. */
    String personAddress(Employee employee) {
        if (random.chance(0.015)) {
            return employee.travelAddress();
        }
        List<String> addresses = employee.addresses();
        double draw = random.nextDouble();
        double cumulative = 0;
        for (int index = 0; index < addresses.size(); index++) {
            cumulative += ADDRESS_WEIGHTS[index];
            if (draw < cumulative) {
                return addresses.get(index);
            }
        }
        return addresses.get(0);
    }

    EventDraft.Tls clientTls() {
        return random.chance(0.85) ? EventDraft.Tls.TLS_1_3 : EventDraft.Tls.TLS_1_2;
    }

    static String cliAgent(String prefix, Operation operation) {
        if (prefix.endsWith("command/") || prefix.endsWith("command#")) {
            return prefix + operation.cliCommand();
        }
        return prefix;
    }

    /** An automation call's draft fields for one agent. */
    EventDraft draft(long time, Operation operation, Actor actor, Agent agent, Outcome outcome) {
        return switch (agent.origin()) {
            case SERVICE_HOST -> {
                String host = serviceHost(actor);
                yield new EventDraft(time, operation, actor, host, host, "", EventDraft.Tls.NONE, outcome,
                        random.nextLong());
            }
            case AWS_INTERNAL -> new EventDraft(time, operation, actor, UserAgents.AWS_INTERNAL,
                    UserAgents.AWS_INTERNAL, "", EventDraft.Tls.NONE, outcome, random.nextLong());
            case FIXED_ADDRESSES -> {
                String address = agent.addresses().get(random.nextInt(agent.addresses().size()));
                String agentString = cliAgent(agent.userAgents().get(random.nextInt(agent.userAgents().size())), operation);
                yield new EventDraft(time, operation, actor, address, agentString, "", clientTls(), outcome,
                        random.nextLong());
            }
            case AWS_ADDRESS -> awsAddressDraft(time, operation, actor, agent, outcome);
        };
    }

    private EventDraft awsAddressDraft(long time, Operation operation, Actor actor, Agent agent, Outcome outcome) {
        long salt = salt(actor);
        String agentString = agent.userAgents().get((int) Math.floorMod(salt, (long) agent.userAgents().size()));
        if (random.chance(agent.endpointShare())) {
            ResourcePool pool = context.pool();
            String address = Networks.privateAddress(random, pool.vpcs.get(0).secondOctet());
            String endpoint = pool.vpcEndpoints.get(random.nextInt(pool.vpcEndpoints.size()));
            return new EventDraft(time, operation, actor, address, agentString, endpoint, EventDraft.Tls.TLS_1_3,
                    outcome, random.nextLong());
        }
        stable.reseed(SeededRandom.hash(salt, Math.floorDiv(time, DAY)));
        String address = Networks.awsAddress(stable, context.region());
        return new EventDraft(time, operation, actor, address, agentString, "", EventDraft.Tls.TLS_1_3, outcome,
                random.nextLong());
    }

    private static String serviceHost(Actor actor) {
        if (actor instanceof Actor.AwsService service) {
            return service.host();
        }
        if (actor instanceof Actor.RoleSession session && session.invokedBy().isPresent()) {
            return session.invokedBy().get();
        }
        return UserAgents.AWS_INTERNAL;
    }

    private static long salt(Actor actor) {
        if (actor instanceof Actor.RoleSession session) {
            return session.sessionSalt();
        }
        if (actor instanceof Actor.IamUser user) {
            return user.sessionSalt();
        }
        return actor.arn().hashCode();
    }
}
