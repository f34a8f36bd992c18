package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** VPC plumbing: VPCs, subnets, network ACLs, route tables, routes and internet gateways. */
final class NetworkShapes {
    private NetworkShapes() {
    }

    static void createVpc(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String cidr = "10." + random.between(16, 250) + ".0.0/16";
        scope.startRequest();
        scope.field("cidrBlock", cidr);
        scope.field("instanceTenancy", "default");
        scope.field("amazonProvidedIpv6CidrBlock", false);
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("vpc");
        scope.json().writeStartObject();
        scope.field("vpcId", Ids.hex(random, "vpc-0", 16));
        scope.field("state", "pending");
        scope.field("ownerId", scope.accountId());
        scope.field("cidrBlock", cidr);
        scope.startItems("cidrBlockAssociationSet");
        scope.json().writeStartObject();
        scope.field("cidrBlock", cidr);
        scope.field("associationId", Ids.hex(random, "vpc-cidr-assoc-0", 16));
        scope.json().writeFieldName("cidrBlockState");
        scope.json().writeStartObject();
        scope.field("state", "associated");
        scope.end();
        scope.end();
        scope.endItems();
        scope.empty("ipv6CidrBlockAssociationSet");
        scope.field("dhcpOptionsId", Ids.hex(random, "dopt-0", 16));
        scope.field("instanceTenancy", "default");
        scope.empty("tagSet");
        scope.field("isDefault", false);
        scope.end();
        scope.end();
    }

    static void deleteVpc(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("vpcId", scope.pool().vpc(scope.random()).id());
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }

    static void createSubnet(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Vpc vpc = scope.pool().vpc(random);
        String cidr = "10." + vpc.secondOctet() + "." + random.between(64, 250) + ".0/24";
        String zone = scope.region() + (char) ('a' + random.nextInt(3));
        scope.startRequest();
        scope.field("vpcId", vpc.id());
        scope.field("cidrBlock", cidr);
        scope.field("availabilityZone", zone);
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("subnet");
        scope.json().writeStartObject();
        scope.field("subnetId", Ids.hex(random, "subnet-0", 16));
        scope.field("state", "available");
        scope.field("vpcId", vpc.id());
        scope.field("cidrBlock", cidr);
        scope.field("availableIpAddressCount", 251);
        scope.field("availabilityZone", zone);
        scope.field("ownerId", scope.accountId());
        scope.end();
        scope.end();
    }

    static void createNetworkAcl(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Vpc vpc = scope.pool().vpc(random);
        scope.startRequest();
        scope.field("vpcId", vpc.id());
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("networkAcl");
        scope.json().writeStartObject();
        scope.field("networkAclId", Ids.hex(random, "acl-0", 16));
        scope.field("vpcId", vpc.id());
        scope.field("isDefault", false);
        scope.startItems("entrySet");
        for (boolean egress : new boolean[] {true, false}) {
            scope.json().writeStartObject();
            scope.field("ruleNumber", 32767);
            scope.field("protocol", "-1");
            scope.field("ruleAction", "deny");
            scope.field("egress", egress);
            scope.field("cidrBlock", "0.0.0.0/0");
            scope.end();
        }
        scope.endItems();
        scope.empty("associationSet");
        scope.empty("tagSet");
        scope.field("ownerId", scope.accountId());
        scope.end();
        scope.end();
    }

    /** Create, Replace and Delete NetworkAclEntry. */
    static void networkAclEntry(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        boolean delete = scope.draft().operation().name().startsWith("Delete");
        boolean egress = random.chance(0.3);
        scope.startRequest();
        scope.field("networkAclId", scope.pool().vpc(random).networkAclId());
        scope.field("ruleNumber", 100 * random.between(1, 9));
        scope.field("egress", egress);
        if (!delete) {
            scope.field("ruleAction", random.chance(0.8) ? "allow" : "deny");
            scope.empty("icmpTypeCode");
            boolean allTraffic = random.chance(0.3);
            if (allTraffic) {
                scope.empty("portRange");
                scope.field("aclProtocol", "-1");
            } else {
                int port = random.pick(new Integer[] {22, 443, 80, 3389, 1024});
                scope.json().writeFieldName("portRange");
                scope.json().writeStartObject();
                scope.field("from", port);
                scope.field("to", port == 1024 ? 65535 : port);
                scope.end();
                scope.field("aclProtocol", "6");
            }
            scope.field("cidrBlock", random.chance(0.5) ? "0.0.0.0/0" : Networks.address(random, "US") + "/32");
        }
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }

    static void createRouteTable(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Vpc vpc = scope.pool().vpc(random);
        scope.startRequest();
        scope.field("vpcId", vpc.id());
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("routeTable");
        scope.json().writeStartObject();
        scope.field("routeTableId", Ids.hex(random, "rtb-0", 16));
        scope.field("vpcId", vpc.id());
        scope.field("ownerId", scope.accountId());
        scope.startItems("routeSet");
        scope.json().writeStartObject();
        scope.field("destinationCidrBlock", "10." + vpc.secondOctet() + ".0.0/16");
        scope.field("gatewayId", "local");
        scope.field("state", "active");
        scope.field("origin", "CreateRouteTable");
        scope.end();
        scope.endItems();
        scope.empty("associationSet");
        scope.empty("tagSet");
        scope.end();
        scope.end();
    }

    /** CreateRoute and DeleteRoute. */
    static void route(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Vpc vpc = scope.pool().vpc(random);
        boolean create = scope.draft().operation().name().startsWith("Create");
        scope.startRequest();
        scope.field("routeTableId", vpc.routeTableId());
        scope.field("destinationCidrBlock", random.chance(0.6) ? "0.0.0.0/0" : "172.16." + random.nextInt(256) + ".0/24");
        if (create) {
            if (random.chance(0.7)) {
                scope.field("gatewayId", vpc.internetGatewayId());
            } else {
                scope.field("natGatewayId", Ids.hex(random, "nat-0", 16));
            }
        }
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }

    static void createInternetGateway(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        scope.json().writeFieldName("internetGateway");
        scope.json().writeStartObject();
        scope.field("internetGatewayId", Ids.hex(random, "igw-0", 16));
        scope.field("ownerId", scope.accountId());
        scope.empty("attachmentSet");
        scope.empty("tagSet");
        scope.end();
        scope.end();
    }

    /** AttachInternetGateway and DetachInternetGateway. */
    static void internetGatewayAttachment(EventScope scope) throws IOException {
        ResourcePool.Vpc vpc = scope.pool().vpc(scope.random());
        scope.startRequest();
        scope.field("internetGatewayId", vpc.internetGatewayId());
        scope.field("vpcId", vpc.id());
        scope.end();
        Ec2Shapes.returnTrue(scope);
    }
}
