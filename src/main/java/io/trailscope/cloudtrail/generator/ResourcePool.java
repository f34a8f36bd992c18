package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources of one account in one region (plus the account's IAM names), fixed for the whole run so that
 * ids repeat across files the way real ones do. Drawn from the stream's own seed.
 */
final class ResourcePool {
    static final List<String> APPLICATIONS = List.of(
            "orders", "payments", "checkout", "catalog", "auth", "search", "billing", "reporting",
            "ingest", "notifications", "inventory", "shipping", "analytics", "profile", "gateway", "scheduler");
    private static final List<String> FUNCTION_ROLES =
            List.of("handler", "processor", "worker", "api", "sync", "notifier", "cleanup", "exporter");
    private static final List<String> BUCKET_PURPOSES =
            List.of("artifacts", "logs", "data", "backups", "static-assets", "uploads", "exports");
    private static final List<String> INSTANCE_TYPES =
            List.of("t3.medium", "t3.large", "m5.large", "m6i.xlarge", "c6i.2xlarge", "r6g.large", "t3.micro", "m7g.large");

    record Vpc(String id, int secondOctet, List<String> subnets, String routeTableId, String networkAclId,
               String internetGatewayId) {
    }

    record SecurityGroup(String id, String name, String vpcId) {
    }

    record Instance(String id, String name, String type, String imageId, Vpc vpc, String subnetId,
                    SecurityGroup group, String networkInterfaceId, String privateIp, String zone) {
    }

    record KmsKey(String id, String alias) {
    }

    final String accountId;
    final String region;
    final String environment;
    final List<Vpc> vpcs = new ArrayList<>();
    final List<SecurityGroup> securityGroups = new ArrayList<>();
    final List<Instance> instances = new ArrayList<>();
    final List<String> images = new ArrayList<>();
    final List<String> volumes = new ArrayList<>();
    final List<KmsKey> keys = new ArrayList<>();
    final List<String> functions = new ArrayList<>();
    final List<String> logGroups = new ArrayList<>();
    final List<String> tables = new ArrayList<>();
    final List<String> databases = new ArrayList<>();
    final List<String> topics = new ArrayList<>();
    final List<String> queues = new ArrayList<>();
    final List<String> stacks = new ArrayList<>();
    final List<String> secrets = new ArrayList<>();
    final List<String> parameters = new ArrayList<>();
    final List<String> targetGroups = new ArrayList<>();
    final List<String> buckets = new ArrayList<>();
    final List<String> vpcEndpoints = new ArrayList<>();
    final List<String> userNames;
    final List<String> roleNames;
    final List<String> policyArns;

    ResourcePool(AccountModel account, String region, int regionIndex, SeededRandom random) {
        this.accountId = account.id();
        this.region = region;
        this.environment = account.environment();
        this.userNames = account.userNames();
        this.roleNames = account.roleNames();
        this.policyArns = account.policyArns();
        double scale = Regions.weight(regionIndex) * 10;
        List<String> apps = applications(random, 4 + (int) Math.round(scale * 1.5));
        network(random, (int) Math.max(1, Math.min(4, Math.round(scale / 2))));
        for (int index = 0; index < 4; index++) {
            images.add(Ids.hex(random, "ami-0", 16));
        }
        for (String app : apps) {
            applicationResources(random, app, 2 + (int) Math.round(scale * 2));
        }
        for (int index = 0; index < 3; index++) {
            vpcEndpoints.add(Ids.hex(random, "vpce-0", 16));
        }
    }

    String pick(SeededRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    Instance instance(SeededRandom random) {
        return instances.get(random.nextInt(instances.size()));
    }

    SecurityGroup securityGroup(SeededRandom random) {
        return securityGroups.get(random.nextInt(securityGroups.size()));
    }

    Vpc vpc(SeededRandom random) {
        return vpcs.get(random.nextInt(vpcs.size()));
    }

    KmsKey key(SeededRandom random) {
        return keys.get(random.nextInt(keys.size()));
    }

    String keyArn(KmsKey key) {
        return "arn:aws:kms:" + region + ":" + accountId + ":key/" + key.id();
    }

    /** A resource of a named kind, for the NAMED shape ({@code field:kind}). */
    String named(SeededRandom random, String kind) {
        return switch (kind) {
            case "user" -> pick(random, userNames);
            case "role" -> pick(random, roleNames);
            case "policy" -> pick(random, policyArns);
            case "function" -> pick(random, functions);
            case "logGroup" -> pick(random, logGroups);
            case "table" -> pick(random, tables);
            case "topic" -> pick(random, topics);
            case "queue" -> pick(random, queues);
            case "stack" -> pick(random, stacks);
            case "secret" -> pick(random, secrets);
            case "targetGroup" -> pick(random, targetGroups);
            case "parameter" -> pick(random, parameters);
            case "instance" -> instance(random).id();
            default -> throw new IllegalArgumentException("unknown resource kind " + kind);
        };
    }

    private List<String> applications(SeededRandom random, int count) {
        List<String> shuffled = new ArrayList<>(APPLICATIONS);
        for (int index = shuffled.size() - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            String swap = shuffled.get(index);
            shuffled.set(index, shuffled.get(other));
            shuffled.set(other, swap);
        }
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private void network(SeededRandom random, int count) {
        for (int index = 0; index < count; index++) {
            List<String> subnets = new ArrayList<>();
            for (int subnet = 0; subnet < 4; subnet++) {
                subnets.add(Ids.hex(random, "subnet-0", 16));
            }
            Vpc vpc = new Vpc(Ids.hex(random, "vpc-0", 16), 10 + random.nextInt(240), List.copyOf(subnets),
                    Ids.hex(random, "rtb-0", 16), Ids.hex(random, "acl-0", 16), Ids.hex(random, "igw-0", 16));
            vpcs.add(vpc);
            securityGroups.add(new SecurityGroup(Ids.hex(random, "sg-0", 16), "default", vpc.id()));
        }
        securityGroups.add(new SecurityGroup(Ids.hex(random, "sg-0", 16), "bastion", vpcs.get(0).id()));
    }

    private void applicationResources(SeededRandom random, String app, int instanceCount) {
        String prefix = environment + "-" + app;
        Vpc vpc = vpcs.get(random.nextInt(vpcs.size()));
        SecurityGroup web = new SecurityGroup(Ids.hex(random, "sg-0", 16), prefix + "-alb", vpc.id());
        SecurityGroup service = new SecurityGroup(Ids.hex(random, "sg-0", 16), prefix + "-app", vpc.id());
        securityGroups.add(web);
        securityGroups.add(service);
        securityGroups.add(new SecurityGroup(Ids.hex(random, "sg-0", 16), prefix + "-db", vpc.id()));
        String type = INSTANCE_TYPES.get(random.nextInt(INSTANCE_TYPES.size()));
        for (int index = 1; index <= instanceCount; index++) {
            int subnetIndex = random.nextInt(vpc.subnets().size());
            instances.add(new Instance(Ids.hex(random, "i-0", 16), prefix + "-" + index, type,
                    images.get(random.nextInt(images.size())), vpc, vpc.subnets().get(subnetIndex), service,
                    Ids.hex(random, "eni-0", 16), Networks.privateAddress(random, vpc.secondOctet()),
                    region + (char) ('a' + subnetIndex % 3)));
            volumes.add(Ids.hex(random, "vol-0", 16));
        }
        keys.add(new KmsKey(Ids.uuid(random), "alias/" + prefix));
        for (int index = 0; index < 2; index++) {
            String function = prefix + "-" + FUNCTION_ROLES.get(random.nextInt(FUNCTION_ROLES.size()));
            if (!functions.contains(function)) {
                functions.add(function);
                logGroups.add("/aws/lambda/" + function);
            }
        }
        logGroups.add("/ecs/" + prefix);
        tables.add(prefix);
        tables.add(prefix + "-sessions");
        databases.add(prefix + "-db");
        topics.add("arn:aws:sns:" + region + ":" + accountId + ":" + prefix + "-events");
        queues.add("https://sqs." + region + ".amazonaws.com/" + accountId + "/" + prefix + "-jobs");
        stacks.add(prefix + "-stack");
        secrets.add("arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + environment + "/" + app
                + "/db-" + Ids.alphanumeric(random, 6));
        parameters.add("/" + environment + "/" + app + "/db-password");
        parameters.add("/" + environment + "/" + app + "/api-url");
        targetGroups.add("arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":targetgroup/" + prefix
                + "-tg/" + Ids.hex(random, "", 16));
        buckets.add("acme-" + prefix + "-" + BUCKET_PURPOSES.get(random.nextInt(BUCKET_PURPOSES.size())) + "-"
                + region);
    }
}
