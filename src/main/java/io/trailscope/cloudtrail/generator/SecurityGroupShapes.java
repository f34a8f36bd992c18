package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/**
 * Security group and network interface changes. Rules come in both shapes real trails have: the flat one
 * ({@code cidrIp}, {@code fromPort} at the top, from {@code --cidr} style calls) and the nested
 * {@code ipPermissions.items[].ipRanges.items[]} one.
 */
final class SecurityGroupShapes {
    private static final int[][] PORTS = {
        {22, 25}, {443, 25}, {80, 10}, {3389, 5}, {5432, 10}, {3306, 5}, {8080, 5}, {6379, 5}, {-1, 10}
    };
    private static final List<String> DESCRIPTIONS =
            List.of("Office VPN", "HTTPS from anywhere", "temp debug - remove", "bastion access", "partner API");

    private SecurityGroupShapes() {
    }

    private record Rule(String protocol, int port, String source, SourceKind kind, String description) {
    }

    private enum SourceKind {
        IPV4,
        IPV6,
        GROUP
    }

    static void rule(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = scope.draft().operation().name();
        boolean egress = name.endsWith("Egress");
        boolean authorize = name.startsWith("Authorize");
        ResourcePool.SecurityGroup group = scope.pool().securityGroup(random);
        Rule rule = rule(random, scope, egress);
        scope.startRequest();
        if (rule.kind() == SourceKind.IPV4 && random.chance(0.35)) {
            scope.field("groupId", group.id());
            scope.empty("ipPermissions");
            scope.field("ipProtocol", rule.protocol());
            if (rule.port() >= 0) {
                scope.field("fromPort", rule.port());
                scope.field("toPort", rule.port());
            }
            scope.field("cidrIp", rule.source());
        } else {
            if (random.chance(0.05) && !egress) {
                scope.field("groupName", group.name());
            } else {
                scope.field("groupId", group.id());
            }
            permissions(scope, rule);
        }
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.field("_return", true);
        if (authorize) {
            scope.startItems("securityGroupRuleSet");
            scope.json().writeStartObject();
            scope.field("groupOwnerId", scope.accountId());
            scope.field("groupId", group.id());
            scope.field("securityGroupRuleId", Ids.hex(random, "sgr-0", 16));
            scope.field("isEgress", egress);
            scope.field("ipProtocol", rule.protocol());
            scope.field("fromPort", rule.port());
            scope.field("toPort", rule.port());
            switch (rule.kind()) {
                case IPV4 -> scope.field("cidrIpv4", rule.source());
                case IPV6 -> scope.field("cidrIpv6", rule.source());
                case GROUP -> {
                    scope.json().writeFieldName("referencedGroupInfo");
                    scope.json().writeStartObject();
                    scope.field("groupId", rule.source());
                    scope.field("userId", scope.accountId());
                    scope.end();
                }
            }
            scope.end();
            scope.endItems();
        }
        scope.end();
    }

    private static Rule rule(SeededRandom random, EventScope scope, boolean egress) {
        int port = port(random, egress);
        String protocol = port < 0 ? "-1" : "tcp";
        double draw = random.nextDouble();
        String description = random.chance(0.4) ? random.pick(DESCRIPTIONS) : "";
        if (draw < 0.32) {
            return new Rule(protocol, port, "0.0.0.0/0", SourceKind.IPV4, description);
        }
        if (draw < 0.40) {
            return new Rule(protocol, port, "::/0", SourceKind.IPV6, description);
        }
        if (draw < 0.62) {
            return new Rule(protocol, port, Networks.address(random, "US") + "/32", SourceKind.IPV4, description);
        }
        if (draw < 0.82) {
            return new Rule(protocol, port, "10." + scope.pool().vpc(random).secondOctet() + ".0.0/16",
                    SourceKind.IPV4, description);
        }
        return new Rule(protocol, port, scope.pool().securityGroup(random).id(), SourceKind.GROUP, description);
    }

    private static int port(SeededRandom random, boolean egress) {
        if (egress && random.chance(0.6)) {
            return -1;
        }
        int draw = random.nextInt(100);
        int cumulative = 0;
        for (int[] port : PORTS) {
            cumulative += port[1];
            if (draw < cumulative) {
                return port[0];
            }
        }
        return 443;
    }

    private static void permissions(EventScope scope, Rule rule) throws IOException {
        scope.json().writeFieldName("ipPermissions");
        scope.json().writeStartObject();
        scope.json().writeFieldName("items");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("ipProtocol", rule.protocol());
        if (rule.port() >= 0) {
            scope.field("fromPort", rule.port());
            scope.field("toPort", rule.port());
        }
        if (rule.kind() == SourceKind.GROUP) {
            scope.startItems("groups");
            scope.json().writeStartObject();
            scope.field("groupId", rule.source());
            scope.end();
            scope.endItems();
        } else {
            scope.empty("groups");
        }
        if (rule.kind() == SourceKind.IPV4) {
            range(scope, "ipRanges", "cidrIp", rule);
        } else {
            scope.empty("ipRanges");
        }
        if (rule.kind() == SourceKind.IPV6) {
            range(scope, "ipv6Ranges", "cidrIpv6", rule);
        } else {
            scope.empty("ipv6Ranges");
        }
        scope.empty("prefixListIds");
        scope.end();
        scope.json().writeEndArray();
        scope.end();
    }

    private static void range(EventScope scope, String name, String field, Rule rule) throws IOException {
        scope.startItems(name);
        scope.json().writeStartObject();
        scope.field(field, rule.source());
        if (!rule.description().isEmpty()) {
            scope.field("description", rule.description());
        }
        scope.end();
        scope.endItems();
    }

    static void create(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String groupId = Ids.hex(random, "sg-0", 16);
        String groupName = scope.pool().environment + "-" + random.pick(ResourcePool.APPLICATIONS) + "-"
                + random.pick(List.of("web", "app", "db", "lb", "worker", "temp"));
        scope.startRequest();
        scope.field("groupName", groupName);
        scope.field("groupDescription", "Managed security group for " + groupName);
        scope.field("vpcId", scope.pool().vpc(random).id());
        scope.end();
        if (scope.startResponse()) {
            scope.requestIdEcho(scope.requestId());
            scope.field("_return", true);
            scope.field("groupId", groupId);
            scope.field("securityGroupArn",
                    "arn:aws:ec2:" + scope.region() + ":" + scope.accountId() + ":security-group/" + groupId);
            scope.end();
        }
    }

    static void delete(EventScope scope) throws IOException {
        String groupId = scope.pool().securityGroup(scope.random()).id();
        scope.startRequest();
        scope.field("groupId", groupId);
        scope.end();
        if (scope.startResponse()) {
            scope.requestIdEcho(scope.requestId());
            scope.field("_return", true);
            scope.field("groupId", groupId);
            scope.end();
        }
    }

    static void modifyInterface(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Instance instance = scope.pool().instance(random);
        scope.startRequest();
        scope.field("networkInterfaceId", instance.networkInterfaceId());
        if (random.chance(0.8)) {
            scope.startItems("groupSet");
            for (int count = random.between(1, 3); count > 0; count--) {
                scope.json().writeStartObject();
                scope.field("groupId", scope.pool().securityGroup(random).id());
                scope.end();
            }
            scope.endItems();
        } else {
            scope.json().writeFieldName("sourceDestCheck");
            scope.json().writeStartObject();
            scope.field("value", false);
            scope.end();
        }
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }

    static void createInterface(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Instance template = scope.pool().instance(random);
        String description = random.pick(List.of("ECS task ENI", "AWS Lambda VPC ENI-" + template.name(), ""));
        scope.startRequest();
        scope.field("subnetId", template.subnetId());
        scope.field("description", description);
        scope.startItems("groupSet");
        scope.json().writeStartObject();
        scope.field("groupId", template.group().id());
        scope.end();
        scope.endItems();
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("networkInterface");
        scope.json().writeStartObject();
        scope.field("networkInterfaceId", Ids.hex(random, "eni-0", 16));
        scope.field("subnetId", template.subnetId());
        scope.field("vpcId", template.vpc().id());
        scope.field("availabilityZone", template.zone());
        scope.field("description", description);
        scope.field("ownerId", scope.accountId());
        scope.field("requesterManaged", false);
        scope.field("status", "pending");
        scope.field("privateIpAddress", Networks.privateAddress(random, template.vpc().secondOctet()));
        scope.field("sourceDestCheck", true);
        scope.field("interfaceType", "interface");
        scope.startItems("groupSet");
        scope.json().writeStartObject();
        scope.field("groupId", template.group().id());
        scope.field("groupName", template.group().name());
        scope.end();
        scope.endItems();
        scope.empty("ipv6AddressesSet");
        scope.empty("tagSet");
        scope.end();
        scope.end();
    }

    static void deleteInterface(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("networkInterfaceId", Ids.hex(scope.random(), "eni-0", 16));
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }
}
