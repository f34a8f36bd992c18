package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** EC2 describe calls and instance lifecycle, in EC2's items/set JSON dialect. */
final class Ec2Shapes {
    private static final List<String> TAG_KEYS = List.of("Owner", "CostCenter", "Environment", "Team", "Backup");

    private Ec2Shapes() {
    }

    /** {@code argument} names the id set: {@code {"instancesSet":{},"filterSet":{}}} and variants. */
    static void describe(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool pool = scope.pool();
        String set = scope.argument();
        scope.startRequest();
        double draw = random.nextDouble();
        if (set.equals("instancesSet") && draw < 0.25) {
            scope.startItems(set);
            for (int count = random.between(1, 3); count > 0; count--) {
                scope.json().writeStartObject();
                scope.field("instanceId", pool.instance(random).id());
                scope.end();
            }
            scope.endItems();
            scope.empty("filterSet");
        } else if (set.equals("securityGroupIdSet") && draw < 0.3) {
            scope.startItems(set);
            scope.json().writeStartObject();
            scope.field("groupId", pool.securityGroup(random).id());
            scope.end();
            scope.endItems();
            scope.empty("filterSet");
        } else if (set.equals("networkInterfaceIdSet") && draw < 0.3) {
            scope.startItems(set);
            scope.json().writeStartObject();
            scope.field("networkInterfaceId", pool.instance(random).networkInterfaceId());
            scope.end();
            scope.endItems();
            scope.empty("filterSet");
        } else if (draw < 0.65) {
            scope.empty(set);
            scope.empty("filterSet");
        } else {
            scope.empty(set);
            filter(scope, set.equals("instancesSet") ? "tag:Name" : "vpc-id",
                    set.equals("instancesSet") ? pool.instance(random).name() : pool.vpc(random).id());
        }
        scope.end();
        scope.nullResponse();
    }

    static void runInstances(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Instance template = scope.pool().instance(random);
        String instanceId = Ids.hex(random, "i-0", 16);
        scope.startRequest();
        scope.startItems("instancesSet");
        scope.json().writeStartObject();
        scope.field("imageId", template.imageId());
        scope.field("minCount", 1);
        scope.field("maxCount", 1);
        scope.end();
        scope.endItems();
        scope.field("instanceType", template.type());
        scope.empty("blockDeviceMapping");
        scope.field("subnetId", template.subnetId());
        scope.startItems("groupSet");
        scope.json().writeStartObject();
        scope.field("groupId", template.group().id());
        scope.end();
        scope.endItems();
        scope.field("disableApiTermination", false);
        scope.field("disableApiStop", false);
        scope.field("clientToken", Ids.uuid(random));
        scope.json().writeFieldName("monitoring");
        scope.json().writeStartObject();
        scope.field("enabled", false);
        scope.end();
        scope.startItems("tagSpecificationSet");
        scope.json().writeStartObject();
        scope.field("resourceType", "instance");
        scope.json().writeFieldName("tags");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("key", "Name");
        scope.field("value", template.name());
        scope.end();
        scope.json().writeEndArray();
        scope.end();
        scope.endItems();
        scope.end();
        if (scope.startResponse()) {
            scope.requestIdEcho(scope.requestId());
            scope.field("reservationId", Ids.hex(random, "r-0", 16));
            scope.field("ownerId", scope.accountId());
            scope.empty("groupSet");
            scope.startItems("instancesSet");
            launchedInstance(scope, template, instanceId);
            scope.endItems();
            scope.end();
        }
    }

    private static void launchedInstance(EventScope scope, ResourcePool.Instance template, String instanceId)
            throws IOException {
        scope.json().writeStartObject();
        scope.field("instanceId", instanceId);
        scope.field("imageId", template.imageId());
        state(scope, "instanceState", 0, "pending");
        scope.field("privateDnsName", "ip-" + template.privateIp().replace('.', '-') + ".ec2.internal");
        scope.field("amiLaunchIndex", 0);
        scope.empty("productCodes");
        scope.field("instanceType", template.type());
        scope.json().writeNumberField("launchTime", scope.time() * 1000);
        scope.json().writeFieldName("placement");
        scope.json().writeStartObject();
        scope.field("availabilityZone", template.zone());
        scope.field("tenancy", "default");
        scope.end();
        scope.json().writeFieldName("monitoring");
        scope.json().writeStartObject();
        scope.field("state", "disabled");
        scope.end();
        scope.field("subnetId", template.subnetId());
        scope.field("vpcId", template.vpc().id());
        scope.field("privateIpAddress", template.privateIp());
        scope.json().writeFieldName("stateReason");
        scope.json().writeStartObject();
        scope.field("code", "pending");
        scope.field("message", "pending");
        scope.end();
        scope.field("architecture", "x86_64");
        scope.field("rootDeviceType", "ebs");
        scope.field("rootDeviceName", "/dev/xvda");
        scope.empty("blockDeviceMapping");
        scope.field("virtualizationType", "hvm");
        scope.field("hypervisor", "xen");
        scope.startItems("groupSet");
        scope.json().writeStartObject();
        scope.field("groupId", template.group().id());
        scope.field("groupName", template.group().name());
        scope.end();
        scope.endItems();
        scope.field("sourceDestCheck", true);
        scope.startItems("networkInterfaceSet");
        scope.json().writeStartObject();
        scope.field("networkInterfaceId", Ids.hex(scope.random(), "eni-0", 16));
        scope.field("subnetId", template.subnetId());
        scope.field("vpcId", template.vpc().id());
        scope.field("ownerId", scope.accountId());
        scope.field("status", "in-use");
        scope.field("privateIpAddress", template.privateIp());
        scope.field("sourceDestCheck", true);
        scope.field("interfaceType", "interface");
        scope.end();
        scope.endItems();
        scope.field("ebsOptimized", false);
        scope.field("enaSupport", true);
        scope.json().writeFieldName("metadataOptions");
        scope.json().writeStartObject();
        scope.field("state", "pending");
        scope.field("httpTokens", "required");
        scope.field("httpPutResponseHopLimit", 2);
        scope.field("httpEndpoint", "enabled");
        scope.end();
        scope.end();
    }

    /** Start, Stop, Terminate and Reboot: one instance and its state transition. */
    static void instanceState(EventScope scope) throws IOException {
        String name = scope.draft().operation().name();
        String instanceId = scope.pool().instance(scope.random()).id();
        scope.startRequest();
        scope.startItems("instancesSet");
        scope.json().writeStartObject();
        scope.field("instanceId", instanceId);
        scope.end();
        scope.endItems();
        if (name.equals("StopInstances")) {
            scope.field("force", false);
        }
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        scope.requestIdEcho(scope.requestId());
        if (name.equals("RebootInstances")) {
            scope.field("_return", true);
            scope.end();
            return;
        }
        scope.startItems("instancesSet");
        scope.json().writeStartObject();
        scope.field("instanceId", instanceId);
        switch (name) {
            case "StartInstances" -> {
                state(scope, "currentState", 0, "pending");
                state(scope, "previousState", 80, "stopped");
            }
            case "StopInstances" -> {
                state(scope, "currentState", 64, "stopping");
                state(scope, "previousState", 16, "running");
            }
            default -> {
                state(scope, "currentState", 32, "shutting-down");
                state(scope, "previousState", 16, "running");
            }
        }
        scope.end();
        scope.endItems();
        scope.end();
    }

    static void createTags(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        scope.startItems("resourcesSet");
        scope.json().writeStartObject();
        scope.field("resourceId", scope.pool().instance(random).id());
        scope.end();
        scope.endItems();
        scope.startItems("tagSet");
        scope.json().writeStartObject();
        scope.field("key", random.pick(TAG_KEYS));
        scope.field("value", random.pick(ResourcePool.APPLICATIONS));
        scope.end();
        scope.endItems();
        scope.end();
        returnTrue(scope);
    }

    static void modifyInstanceAttribute(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.Instance instance = scope.pool().instance(random);
        scope.startRequest();
        scope.field("instanceId", instance.id());
        if (random.chance(0.5)) {
            scope.startItems("groupSet");
            scope.json().writeStartObject();
            scope.field("groupId", scope.pool().securityGroup(random).id());
            scope.end();
            scope.endItems();
        } else {
            scope.json().writeFieldName("instanceType");
            scope.json().writeStartObject();
            scope.field("value", random.pick(List.of("m5.large", "m6i.xlarge", "t3.large")));
            scope.end();
        }
        scope.end();
        returnTrue(scope);
    }

    static void createSnapshot(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String volumeId = scope.pool().pick(random, scope.pool().volumes);
        scope.startRequest();
        scope.field("volumeId", volumeId);
        scope.field("description", "Daily backup " + TimeText.iso(scope.time()).substring(0, 10));
        scope.end();
        if (scope.startResponse()) {
            scope.requestIdEcho(scope.requestId());
            scope.field("snapshotId", Ids.hex(random, "snap-0", 16));
            scope.field("volumeId", volumeId);
            scope.field("status", "pending");
            scope.json().writeNumberField("startTime", scope.time() * 1000);
            scope.field("progress", "");
            scope.field("ownerId", scope.accountId());
            scope.field("volumeSize", random.pick(List.of(8, 20, 50, 100, 500)));
            scope.field("encrypted", true);
            scope.end();
        }
    }

    static void filter(EventScope scope, String name, String value) throws IOException {
        scope.startItems("filterSet");
        scope.json().writeStartObject();
        scope.field("name", name);
        scope.startItems("valueSet");
        scope.json().writeStartObject();
        scope.field("value", value);
        scope.end();
        scope.endItems();
        scope.end();
        scope.endItems();
    }

    static void returnTrue(EventScope scope) throws IOException {
        if (scope.startResponse()) {
            scope.requestIdEcho(scope.requestId());
            scope.field("_return", true);
            scope.end();
        }
    }

    private static void state(EventScope scope, String field, int code, String name) throws IOException {
        scope.json().writeFieldName(field);
        scope.json().writeStartObject();
        scope.field("code", code);
        scope.field("name", name);
        scope.end();
    }
}
