package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** Systems Manager, SNS, SQS, CloudFormation and Secrets Manager. */
final class ConfigurationShapes {
    private static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

    private ConfigurationShapes() {
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

    static void createTopic(EventScope scope) throws IOException {
        String name = scope.pool().environment + "-" + scope.random().pick(ResourcePool.APPLICATIONS) + "-alerts";
        scope.startRequest();
        scope.field("name", name);
        scope.end();
        if (scope.startResponse()) {
            scope.field("topicArn", "arn:aws:sns:" + scope.region() + ":" + scope.accountId() + ":" + name);
            scope.end();
        }
    }

    static void subscribe(EventScope scope) throws IOException {
        String topic = scope.pool().pick(scope.random(), scope.pool().topics);
        scope.startRequest();
        scope.field("topicArn", topic);
        if (scope.random().chance(0.5)) {
            scope.field("protocol", "email");
            scope.field("endpoint", "oncall@acme.example");
        } else {
            scope.field("protocol", "sqs");
            String queue = scope.pool().pick(scope.random(), scope.pool().queues);
            scope.field("endpoint", "arn:aws:sqs:" + scope.region() + ":" + scope.accountId() + ":"
                    + queue.substring(queue.lastIndexOf('/') + 1));
        }
        scope.end();
        if (scope.startResponse()) {
            scope.field("subscriptionArn", topic + ":" + Ids.uuid(scope.random()));
            scope.end();
        }
    }

    static void topicAttributes(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("topicArn", scope.pool().pick(scope.random(), scope.pool().topics));
        scope.field("attributeName", "DisplayName");
        scope.field("attributeValue", scope.random().pick(ResourcePool.APPLICATIONS) + " alerts");
        scope.end();
        scope.nullResponse();
    }

    /** GetQueueAttributes and SetQueueAttributes. */
    static void queueAttributes(EventScope scope) throws IOException {
        boolean set = scope.draft().operation().name().startsWith("Set");
        scope.startRequest();
        scope.field("queueUrl", scope.pool().pick(scope.random(), scope.pool().queues));
        if (set) {
            scope.json().writeFieldName("attributes");
            scope.json().writeStartObject();
            scope.field("VisibilityTimeout", String.valueOf(30 * scope.random().between(1, 10)));
            scope.end();
        } else {
            scope.json().writeFieldName("attributeNames");
            scope.json().writeStartArray();
            scope.json().writeString("All");
            scope.json().writeEndArray();
        }
        scope.end();
        scope.nullResponse();
    }

    static void createQueue(EventScope scope) throws IOException {
        String name = scope.pool().environment + "-" + scope.random().pick(ResourcePool.APPLICATIONS) + "-dlq";
        scope.startRequest();
        scope.field("queueName", name);
        scope.json().writeFieldName("attributes");
        scope.json().writeStartObject();
        scope.field("MessageRetentionPeriod", "1209600");
        scope.end();
        scope.end();
        if (scope.startResponse()) {
            scope.field("queueUrl", "https://sqs." + scope.region() + ".amazonaws.com/" + scope.accountId() + "/" + name);
            scope.end();
        }
    }

    static void listStacks(EventScope scope) throws IOException {
        scope.startRequest();
        scope.json().writeFieldName("stackStatusFilter");
        scope.json().writeStartArray();
        for (String status : List.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE")) {
            scope.json().writeString(status);
        }
        scope.json().writeEndArray();
        scope.end();
        scope.nullResponse();
    }

    /** CreateStack and UpdateStack. */
    static void stack(EventScope scope) throws IOException {
        String stack = scope.pool().pick(scope.random(), scope.pool().stacks);
        scope.startRequest();
        scope.field("stackName", stack);
        scope.field("templateURL", "https://s3.amazonaws.com/acme-cfn-templates-" + scope.accountId() + "/" + stack
                + ".yaml");
        scope.json().writeFieldName("capabilities");
        scope.json().writeStartArray();
        scope.json().writeString("CAPABILITY_NAMED_IAM");
        scope.json().writeEndArray();
        scope.json().writeFieldName("parameters");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("parameterKey", "Environment");
        scope.field("parameterValue", scope.pool().environment);
        scope.end();
        scope.json().writeEndArray();
        scope.end();
        if (scope.startResponse()) {
            scope.field("stackId", stackId(scope, stack));
            scope.end();
        }
    }

    /** CreateChangeSet and ExecuteChangeSet. */
    static void changeSet(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String stack = scope.pool().pick(random, scope.pool().stacks);
        String changeSet = "cs-" + Ids.hex(random, "", 12);
        boolean create = scope.draft().operation().name().startsWith("Create");
        scope.startRequest();
        scope.field("stackName", stack);
        scope.field("changeSetName", changeSet);
        if (create) {
            scope.field("changeSetType", "UPDATE");
            scope.json().writeFieldName("capabilities");
            scope.json().writeStartArray();
            scope.json().writeString("CAPABILITY_IAM");
            scope.json().writeEndArray();
        }
        scope.end();
        if (!create) {
            scope.nullResponse();
            return;
        }
        if (scope.startResponse()) {
            scope.field("id", "arn:aws:cloudformation:" + scope.region() + ":" + scope.accountId() + ":changeSet/"
                    + changeSet + "/" + Ids.uuid(random));
            scope.field("stackId", stackId(scope, stack));
            scope.end();
        }
    }

    static void putSecret(EventScope scope) throws IOException {
        String secret = scope.pool().pick(scope.random(), scope.pool().secrets);
        String version = Ids.uuid(scope.random());
        scope.startRequest();
        scope.field("secretId", secret);
        scope.field("clientRequestToken", version);
        scope.end();
        if (scope.startResponse()) {
            scope.field("arn", secret);
            scope.field("versionId", version);
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

    private static String stackId(EventScope scope, String stack) {
        long hash = SeededRandom.hash(stack.hashCode(), scope.accountId().hashCode());
        return "arn:aws:cloudformation:" + scope.region() + ":" + scope.accountId() + ":stack/" + stack + "/"
                + Ids.uuid(new SeededRandom(hash));
    }
}
