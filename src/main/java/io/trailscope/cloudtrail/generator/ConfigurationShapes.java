package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** SNS, SQS, CloudFormation and Secrets Manager. */
final class ConfigurationShapes {
    private ConfigurationShapes() {
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

    private static String stackId(EventScope scope, String stack) {
        long hash = SeededRandom.hash(stack.hashCode(), scope.accountId().hashCode());
        return "arn:aws:cloudformation:" + scope.region() + ":" + scope.accountId() + ":stack/" + stack + "/"
                + Ids.uuid(new SeededRandom(hash));
    }
}
