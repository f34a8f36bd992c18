package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans the bursts of one account over the whole period, from the account's own seeded stream. */
final class IncidentSchedule {
    /** Calls a misconfigured principal keeps retrying; denied in each service's own words. */
    private static final List<String> DENIED_CALLS = List.of(
            "s3:GetBucketPolicy", "s3:ListBuckets", "iam:ListRoles", "iam:GetAccountAuthorizationDetails",
            "ec2:DescribeInstances", "ec2:RunInstances", "kms:Decrypt", "ssm:GetParameters",
            "secretsmanager:GetSecretValue", "sts:AssumeRole", "logs:FilterLogEvents", "cloudtrail:LookupEvents");
    private static final List<String> SPIKE_CALLS = List.of(
            "ec2:DescribeInstances", "ssm:GetParameter", "kms:Decrypt", "s3:ListBuckets", "ec2:RunInstances");

    private IncidentSchedule() {
    }

    static List<Incident> plan(SeededRandom random, AccountModel account, int days) {
        List<Incident> incidents = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            int dayStart = day * Rhythm.WINDOWS_PER_DAY;
            if (random.chance(0.4)) {
                incidents.add(accessDenied(random, account, dayStart + random.nextInt(Rhythm.WINDOWS_PER_DAY - 24)));
            }
            if (random.chance(0.15)) {
                incidents.add(spray(random, account, dayStart + random.nextInt(Rhythm.WINDOWS_PER_DAY - 12)));
            }
            if (random.chance(0.08)) {
                incidents.add(spike(random, account, dayStart + random.nextInt(Rhythm.WINDOWS_PER_DAY - 24)));
            }
        }
        return List.copyOf(incidents);
    }

    private static Incident accessDenied(SeededRandom random, AccountModel account, int start) {
        Operation operation = OperationCatalog.get(random.pick(DENIED_CALLS));
        int region = operation.global() || random.chance(0.6) ? 0 : 1 + random.nextInt(Regions.count() - 1);
        int end = start + random.between(2, 18);
        double intensity = 0.6 + 2 * random.nextDouble();
        boolean insight = random.chance(0.4);
        if (random.chance(0.35)) {
            Person person = personWithCli(random, account);
            return new Incident(Incident.Kind.ACCESS_DENIED, region, start, end, intensity, person.cli(), operation,
                    Optional.empty(), Optional.of(person), "", "", insight);
        }
        Agent agent = deniableAgent(random, account);
        Actor actor = random.pick(agent.actors());
        return new Incident(Incident.Kind.ACCESS_DENIED, region, start, end, intensity, actor, operation,
                Optional.of(agent), Optional.empty(), "", "", insight);
    }

    private static Incident spray(SeededRandom random, AccountModel account, int start) {
        Operation login = OperationCatalog.get("signin:ConsoleLogin");
        return new Incident(Incident.Kind.LOGIN_SPRAY, 0, start, start + random.between(1, 8),
                0.3 + random.nextDouble(), new Actor.HiddenUser(account.id()), login, Optional.empty(),
                Optional.empty(), Networks.hostileAddress(random), random.pick(UserAgents.BROWSERS), false);
    }

    private static Incident spike(SeededRandom random, AccountModel account, int start) {
        Operation operation = OperationCatalog.get(random.pick(SPIKE_CALLS));
        Agent agent = deniableAgent(random, account);
        int region = random.chance(0.7) ? 0 : 1 + random.nextInt(Regions.count() - 1);
        return new Incident(Incident.Kind.CALL_SPIKE, region, start, start + random.between(4, 20),
                1.5 + 2.5 * random.nextDouble(), random.pick(agent.actors()), operation, Optional.of(agent),
                Optional.empty(), "", "", random.chance(0.6));
    }

    private static Person personWithCli(SeededRandom random, AccountModel account) {
        return account.people().get(random.nextInt(account.people().size()));
    }

    /** Applications, instances, CI and scanners: identities that can be denied (not AWS service principals). */
    private static Agent deniableAgent(SeededRandom random, AccountModel account) {
        List<Agent> candidates = new ArrayList<>();
        for (Agent agent : account.agents()) {
            if (agent.origin() != Agent.Origin.SERVICE_HOST && agent.origin() != Agent.Origin.AWS_INTERNAL
                    && ErrorModel.canBeDenied(agent.actors().get(0))) {
                candidates.add(agent);
            }
        }
        return random.pick(candidates);
    }
}
