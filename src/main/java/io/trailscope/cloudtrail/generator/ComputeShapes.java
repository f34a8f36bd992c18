package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** Lambda, RDS, DynamoDB and ECS changes. */
final class ComputeShapes {
    private static final List<String> RUNTIMES = List.of("python3.12", "nodejs20.x", "java21", "python3.11");

    private ComputeShapes() {
    }

    static void createFunction(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = scope.pool().pick(random, scope.pool().functions) + "-" + Ids.lowerAlphanumeric(random, 4);
        String runtime = random.pick(RUNTIMES);
        String role = "arn:aws:iam::" + scope.accountId() + ":role/service-role/" + name + "-role";
        scope.startRequest();
        scope.field("functionName", name);
        scope.field("runtime", runtime);
        scope.field("role", role);
        scope.field("handler", "app.handler");
        scope.empty("code");
        scope.field("timeout", 30);
        scope.field("memorySize", 256);
        scope.field("publish", false);
        scope.field("packageType", "Zip");
        scope.end();
        if (scope.startResponse()) {
            functionSummary(scope, name, runtime);
            scope.field("role", role);
            scope.field("handler", "app.handler");
            scope.field("state", "Pending");
            scope.field("stateReason", "The function is being created.");
            scope.field("stateReasonCode", "Creating");
            scope.end();
        }
    }

    /** UpdateFunctionCode and UpdateFunctionConfiguration. */
    static void updateFunction(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = scope.pool().pick(random, scope.pool().functions);
        boolean code = scope.draft().operation().name().startsWith("UpdateFunctionCode");
        scope.startRequest();
        scope.field("functionName", code ? functionArn(scope, name) : name);
        if (code) {
            scope.field("publish", false);
            scope.field("dryRun", false);
        } else {
            scope.field("timeout", 30 * random.between(1, 6));
            scope.field("memorySize", 128 * random.between(1, 8));
        }
        scope.end();
        if (scope.startResponse()) {
            functionSummary(scope, name, random.pick(RUNTIMES));
            scope.field("state", "Active");
            scope.field("lastUpdateStatus", "InProgress");
            scope.end();
        }
    }

    static void addPermission(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = scope.pool().pick(random, scope.pool().functions);
        String principal = random.pick(List.of("s3.amazonaws.com", "events.amazonaws.com", "apigateway.amazonaws.com"));
        String statementId = Ids.hex(random, "", 8) + "-" + Ids.hex(random, "", 4);
        scope.startRequest();
        scope.field("functionName", name);
        scope.field("statementId", statementId);
        scope.field("action", "lambda:InvokeFunction");
        scope.field("principal", principal);
        scope.end();
        if (scope.startResponse()) {
            scope.field("statement", "{\"Sid\":\"" + statementId + "\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                    + principal + "\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + functionArn(scope, name)
                    + "\"}");
            scope.end();
        }
    }

    static void describeDatabases(EventScope scope) throws IOException {
        if (scope.random().chance(0.6)) {
            scope.nullRequest();
        } else {
            scope.startRequest();
            scope.field("dBInstanceIdentifier", scope.pool().pick(scope.random(), scope.pool().databases));
            scope.end();
        }
        scope.nullResponse();
    }

    static void createDatabase(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = scope.pool().pick(random, scope.pool().databases) + "-" + random.between(2, 9);
        boolean multiAz = random.chance(0.5);
        scope.startRequest();
        scope.field("dBInstanceIdentifier", name);
        scope.field("allocatedStorage", 100);
        scope.field("dBInstanceClass", "db.r6g.large");
        scope.field("engine", "postgres");
        scope.field("masterUsername", "app_admin");
        scope.field("masterUserPassword", "****");
        scope.field("multiAZ", multiAz);
        scope.field("storageEncrypted", true);
        scope.field("publiclyAccessible", false);
        scope.end();
        if (scope.startResponse()) {
            scope.field("dBInstanceIdentifier", name);
            scope.field("dBInstanceClass", "db.r6g.large");
            scope.field("engine", "postgres");
            scope.field("dBInstanceStatus", "creating");
            scope.field("masterUsername", "app_admin");
            scope.field("allocatedStorage", 100);
            scope.field("backupRetentionPeriod", 7);
            scope.field("multiAZ", multiAz);
            scope.field("engineVersion", "16.2");
            scope.field("storageEncrypted", true);
            scope.field("dbiResourceId", Ids.key(random, "db-", 26));
            scope.field("dBInstanceArn", databaseArn(scope, name));
            scope.end();
        }
    }

    /** Modify, Stop, Start and Delete DBInstance. */
    static void database(EventScope scope) throws IOException {
        String name = scope.pool().pick(scope.random(), scope.pool().databases);
        String operation = scope.draft().operation().name();
        scope.startRequest();
        scope.field("dBInstanceIdentifier", name);
        if (operation.startsWith("Modify")) {
            scope.field("dBInstanceClass", scope.random().pick(List.of("db.r6g.xlarge", "db.r6g.large", "db.t4g.medium")));
            scope.field("applyImmediately", true);
        } else if (operation.startsWith("Delete")) {
            scope.field("skipFinalSnapshot", false);
            scope.field("finalDBSnapshotIdentifier", name + "-final");
        }
        scope.end();
        if (scope.startResponse()) {
            scope.field("dBInstanceIdentifier", name);
            scope.field("dBInstanceStatus", switch (operation) {
                case "StopDBInstance" -> "stopping";
                case "StartDBInstance" -> "starting";
                case "DeleteDBInstance" -> "deleting";
                default -> "modifying";
            });
            scope.field("dBInstanceArn", databaseArn(scope, name));
            scope.end();
        }
    }

    static void snapshotDatabase(EventScope scope) throws IOException {
        String name = scope.pool().pick(scope.random(), scope.pool().databases);
        String snapshot = name + "-" + TimeText.iso(scope.time()).substring(0, 10) + "-" + Ids.hex(scope.random(), "", 4);
        scope.startRequest();
        scope.field("dBSnapshotIdentifier", snapshot);
        scope.field("dBInstanceIdentifier", name);
        scope.end();
        if (scope.startResponse()) {
            scope.field("dBSnapshotIdentifier", snapshot);
            scope.field("dBInstanceIdentifier", name);
            scope.field("status", "creating");
            scope.field("engine", "postgres");
            scope.field("allocatedStorage", 100);
            scope.field("snapshotType", "manual");
            scope.field("dBSnapshotArn", "arn:aws:rds:" + scope.region() + ":" + scope.accountId() + ":snapshot:" + snapshot);
            scope.end();
        }
    }

    static void listTables(EventScope scope) throws IOException {
        scope.nullRequest();
        scope.nullResponse();
    }

    static void createTable(EventScope scope) throws IOException {
        String name = scope.pool().pick(scope.random(), scope.pool().tables) + "-v" + scope.random().between(2, 5);
        scope.startRequest();
        scope.field("tableName", name);
        scope.json().writeFieldName("attributeDefinitions");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("attributeName", "pk");
        scope.field("attributeType", "S");
        scope.end();
        scope.json().writeEndArray();
        scope.json().writeFieldName("keySchema");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("attributeName", "pk");
        scope.field("keyType", "HASH");
        scope.end();
        scope.json().writeEndArray();
        scope.field("billingMode", "PAY_PER_REQUEST");
        scope.end();
        if (scope.startResponse()) {
            tableDescription(scope, name, "CREATING");
            scope.end();
        }
    }

    static void updateTable(EventScope scope) throws IOException {
        String name = scope.pool().pick(scope.random(), scope.pool().tables);
        scope.startRequest();
        scope.field("tableName", name);
        scope.field("billingMode", "PAY_PER_REQUEST");
        scope.end();
        if (scope.startResponse()) {
            tableDescription(scope, name, "UPDATING");
            scope.end();
        }
    }

    static void describeServices(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("cluster", scope.pool().environment + "-cluster");
        scope.json().writeFieldName("services");
        scope.json().writeStartArray();
        scope.json().writeString(scope.pool().environment + "-" + scope.random().pick(ResourcePool.APPLICATIONS));
        scope.json().writeEndArray();
        scope.end();
        scope.nullResponse();
    }

    static void updateService(EventScope scope) throws IOException {
        String cluster = scope.pool().environment + "-cluster";
        String service = scope.pool().environment + "-" + scope.random().pick(ResourcePool.APPLICATIONS);
        String taskDefinition = service + ":" + scope.random().between(10, 300);
        scope.startRequest();
        scope.field("cluster", cluster);
        scope.field("service", service);
        scope.field("taskDefinition", taskDefinition);
        scope.field("forceNewDeployment", true);
        scope.end();
        if (scope.startResponse()) {
            String prefix = "arn:aws:ecs:" + scope.region() + ":" + scope.accountId() + ":";
            scope.json().writeFieldName("service");
            scope.json().writeStartObject();
            scope.field("serviceName", service);
            scope.field("serviceArn", prefix + "service/" + cluster + "/" + service);
            scope.field("clusterArn", prefix + "cluster/" + cluster);
            scope.field("status", "ACTIVE");
            scope.field("desiredCount", scope.random().between(2, 6));
            scope.field("taskDefinition", prefix + "task-definition/" + taskDefinition);
            scope.end();
            scope.end();
        }
    }

    private static void functionSummary(EventScope scope, String name, String runtime) throws IOException {
        SeededRandom random = scope.random();
        scope.field("functionName", name);
        scope.field("functionArn", functionArn(scope, name));
        scope.field("runtime", runtime);
        scope.field("codeSize", random.between(900, 9_000_000));
        scope.field("timeout", 30);
        scope.field("memorySize", 256);
        scope.field("lastModified", TimeText.iso(scope.time()).replace("Z", ".000+0000"));
        scope.field("codeSha256", Ids.base64(random, "", 43) + "=");
        scope.field("version", "$LATEST");
        scope.field("revisionId", Ids.uuid(random));
        scope.field("packageType", "Zip");
    }

    private static void tableDescription(EventScope scope, String name, String status) throws IOException {
        scope.json().writeFieldName("tableDescription");
        scope.json().writeStartObject();
        scope.field("tableName", name);
        scope.field("tableStatus", status);
        scope.field("creationDateTime", TimeText.readable(scope.time()));
        scope.field("tableArn", "arn:aws:dynamodb:" + scope.region() + ":" + scope.accountId() + ":table/" + name);
        scope.field("tableId", Ids.uuid(scope.random()));
        scope.json().writeFieldName("billingModeSummary");
        scope.json().writeStartObject();
        scope.field("billingMode", "PAY_PER_REQUEST");
        scope.end();
        scope.end();
    }

    private static String functionArn(EventScope scope, String name) {
        return "arn:aws:lambda:" + scope.region() + ":" + scope.accountId() + ":function:" + name;
    }

    private static String databaseArn(EventScope scope, String name) {
        return "arn:aws:rds:" + scope.region() + ":" + scope.accountId() + ":db:" + name;
    }
}
