package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** Systems Manager: parameters, the agent's heartbeat, Run Command and Session Manager. */
final class SsmShapes {
    private static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

    private SsmShapes() {
    }

    static void parameter(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("name", scope.pool().pick(scope.random(), scope.pool().parameters));
        scope.field("withDecryption", true);
        scope.end();
        scope.nullResponse();
    }

    static void parameters(EventScope scope) throws IOException {
        scope.startRequest();
        scope.json().writeFieldName("names");
        scope.json().writeStartArray();
        for (int count = scope.random().between(1, 3); count > 0; count--) {
            scope.json().writeString(scope.pool().pick(scope.random(), scope.pool().parameters));
        }
        scope.json().writeEndArray();
        scope.field("withDecryption", true);
        scope.end();
        scope.nullResponse();
    }

    static void parametersByPath(EventScope scope) throws IOException {
        String parameter = scope.pool().pick(scope.random(), scope.pool().parameters);
        scope.startRequest();
        scope.field("path", parameter.substring(0, parameter.lastIndexOf('/')));
        scope.field("recursive", true);
        scope.field("withDecryption", true);
        scope.end();
        scope.nullResponse();
    }

    static void describe(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("maxResults", 50);
        scope.end();
        scope.nullResponse();
    }

    /** The SSM agent's heartbeat, every few minutes from every managed instance. */
    static void updateInstanceInformation(EventScope scope) throws IOException {
        ResourcePool.Instance instance = scope.pool().instance(scope.random());
        String instanceId = instance.id();
        if (scope.draft().actor() instanceof Actor.RoleSession session && session.sessionName().startsWith("i-")) {
            instanceId = session.sessionName();
        }
        scope.startRequest();
        scope.field("instanceId", instanceId);
        scope.field("agentVersion", "3.3.131.0");
        scope.field("agentStatus", "Active");
        scope.field("platformType", "Linux");
        scope.field("platformName", "Amazon Linux");
        scope.field("platformVersion", "2023");
        scope.field("iPAddress", instance.privateIp());
        scope.field("computerName", "ip-" + instance.privateIp().replace('.', '-') + ".ec2.internal");
        scope.field("agentName", "amazon-ssm-agent");
        scope.field("availabilityZone", instance.zone());
        scope.end();
        scope.nullResponse();
    }

    static void putParameter(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("name", scope.pool().pick(scope.random(), scope.pool().parameters));
        scope.field("type", "SecureString");
        scope.field("keyId", scope.pool().key(scope.random()).alias());
        scope.field("overwrite", true);
        scope.field("tier", "Standard");
        scope.field("value", HIDDEN);
        scope.end();
        if (scope.startResponse()) {
            scope.field("version", scope.random().between(2, 40));
            scope.field("tier", "Standard");
            scope.end();
        }
    }

    static void sendCommand(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String instanceId = scope.pool().instance(random).id();
        scope.startRequest();
        instanceIds(scope, instanceId);
        scope.field("documentName", "AWS-RunShellScript");
        scope.field("parameters", HIDDEN);
        scope.field("interactive", false);
        scope.end();
        if (scope.startResponse()) {
            scope.json().writeFieldName("command");
            scope.json().writeStartObject();
            scope.field("commandId", Ids.uuid(random));
            scope.field("documentName", "AWS-RunShellScript");
            instanceIds(scope, instanceId);
            scope.field("requestedDateTime", TimeText.readable(scope.time()));
            scope.field("status", "Pending");
            scope.field("parameters", HIDDEN);
            scope.end();
            scope.end();
        }
    }

    static void startSession(EventScope scope) throws IOException {
        String sessionId = sessionOwner(scope) + "-" + Ids.hex(scope.random(), "0", 16);
        scope.startRequest();
        scope.field("target", scope.pool().instance(scope.random()).id());
        scope.end();
        if (scope.startResponse()) {
            scope.field("sessionId", sessionId);
            scope.field("tokenValue", "Value hidden due to security reasons.");
            scope.field("streamUrl", "wss://ssmmessages." + scope.region() + ".amazonaws.com/v1/data-channel/"
                    + sessionId + "?role=publish_subscribe&cell-number=" + Ids.base64(scope.random(), "", 40));
            scope.end();
        }
    }

    private static void instanceIds(EventScope scope, String instanceId) throws IOException {
        scope.json().writeFieldName("instanceIds");
        scope.json().writeStartArray();
        scope.json().writeString(instanceId);
        scope.json().writeEndArray();
    }

    private static String sessionOwner(EventScope scope) {
        Actor actor = scope.draft().actor();
        if (actor instanceof Actor.IamUser user) {
            return user.userName();
        }
        if (actor instanceof Actor.RoleSession session) {
            return session.sessionName();
        }
        return "root";
    }
}
