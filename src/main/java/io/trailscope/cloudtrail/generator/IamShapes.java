package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** IAM calls: reads with no response, and the changes security teams watch (users, keys, roles, policies). */
final class IamShapes {
    private static final List<String> GROUPS = List.of("Developers", "Admins", "ReadOnly", "DataEngineers", "OnCall");

    private IamShapes() {
    }

    static void list(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        if (random.chance(0.5)) {
            scope.nullRequest();
        } else {
            scope.startRequest();
            if (scope.draft().operation().name().equals("GetAccountAuthorizationDetails")) {
                scope.json().writeFieldName("filter");
                scope.json().writeStartArray();
                for (String filter : List.of("User", "Role", "Group", "LocalManagedPolicy")) {
                    scope.json().writeString(filter);
                }
                scope.json().writeEndArray();
            } else {
                scope.field("maxItems", random.chance(0.5) ? 100 : 1000);
            }
            scope.end();
        }
        scope.nullResponse();
    }

    static void policyVersion(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("policyArn", scope.pool().pick(scope.random(), scope.pool().policyArns));
        scope.field("versionId", "v" + scope.random().between(1, 6));
        scope.end();
        scope.nullResponse();
    }

    static void createUser(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String userName = random.chance(0.5) ? "svc-" + random.pick(ResourcePool.APPLICATIONS) + "-" + scope.pool().environment
                : "contractor-" + Ids.lowerAlphanumeric(random, 6);
        scope.startRequest();
        scope.field("userName", userName);
        scope.end();
        if (scope.startResponse()) {
            scope.json().writeFieldName("user");
            scope.json().writeStartObject();
            scope.field("path", "/");
            scope.field("userName", userName);
            scope.field("userId", Ids.key(random, "AIDA", 17));
            scope.field("arn", "arn:aws:iam::" + scope.accountId() + ":user/" + userName);
            scope.field("createDate", TimeText.readable(scope.time()));
            scope.end();
            scope.end();
        }
    }

    static void createAccessKey(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String userName = scope.pool().pick(random, scope.pool().userNames);
        scope.startRequest();
        scope.field("userName", userName);
        scope.end();
        if (scope.startResponse()) {
            scope.json().writeFieldName("accessKey");
            scope.json().writeStartObject();
            scope.field("userName", userName);
            scope.field("accessKeyId", Ids.key(random, "AKIA", 16));
            scope.field("status", "Active");
            scope.field("createDate", TimeText.readable(scope.time()));
            scope.end();
            scope.end();
        }
    }

    /** DeleteAccessKey and UpdateAccessKey. */
    static void accessKey(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        scope.field("userName", scope.pool().pick(random, scope.pool().userNames));
        scope.field("accessKeyId", Ids.key(random, "AKIA", 16));
        if (scope.draft().operation().name().startsWith("Update")) {
            scope.field("status", "Inactive");
        }
        scope.end();
        scope.nullResponse();
    }

    /** Attach/Detach User/Role Policy; argument says user or role. */
    static void attachPolicy(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        principalName(scope);
        scope.field("policyArn", scope.pool().pick(random, scope.pool().policyArns));
        scope.end();
        scope.nullResponse();
    }

    static void putPolicy(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        principalName(scope);
        scope.field("policyName", random.pick(ResourcePool.APPLICATIONS) + "-inline");
        scope.field("policyDocument", random.pick(PolicyDocuments.PERMISSIONS));
        scope.end();
        scope.nullResponse();
    }

    static void createRole(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String roleName = scope.pool().environment + "-" + random.pick(ResourcePool.APPLICATIONS) + "-"
                + random.pick(List.of("role", "lambda-role", "task-role", "reader"));
        String trust = trust(scope);
        scope.startRequest();
        scope.field("roleName", roleName);
        scope.field("assumeRolePolicyDocument", trust);
        scope.field("maxSessionDuration", 3600);
        scope.end();
        if (scope.startResponse()) {
            scope.json().writeFieldName("role");
            scope.json().writeStartObject();
            scope.field("path", "/");
            scope.field("roleName", roleName);
            scope.field("roleId", Ids.key(random, "AROA", 17));
            scope.field("arn", "arn:aws:iam::" + scope.accountId() + ":role/" + roleName);
            scope.field("createDate", TimeText.readable(scope.time()));
            scope.field("assumeRolePolicyDocument", PolicyDocuments.encoded(trust));
            scope.field("maxSessionDuration", 3600);
            scope.end();
            scope.end();
        }
    }

    static void trustPolicy(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("roleName", scope.pool().pick(scope.random(), scope.pool().roleNames));
        scope.field("policyDocument", trust(scope));
        scope.end();
        scope.nullResponse();
    }

    /** CreateLoginProfile and UpdateLoginProfile; the password itself is never logged. */
    static void loginProfile(EventScope scope) throws IOException {
        String userName = scope.pool().pick(scope.random(), scope.pool().userNames);
        scope.startRequest();
        scope.field("userName", userName);
        scope.field("passwordResetRequired", true);
        scope.end();
        if (!scope.draft().operation().name().startsWith("Create")) {
            scope.nullResponse();
            return;
        }
        if (scope.startResponse()) {
            scope.json().writeFieldName("loginProfile");
            scope.json().writeStartObject();
            scope.field("userName", userName);
            scope.field("createDate", TimeText.readable(scope.time()));
            scope.field("passwordResetRequired", true);
            scope.end();
            scope.end();
        }
    }

    static void group(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("groupName", scope.random().pick(GROUPS));
        scope.field("userName", scope.pool().pick(scope.random(), scope.pool().userNames));
        scope.end();
        scope.nullResponse();
    }

    /** CreatePolicy and CreatePolicyVersion. */
    static void createPolicy(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String document = random.pick(PolicyDocuments.PERMISSIONS);
        boolean version = scope.draft().operation().name().endsWith("Version");
        String policyName = scope.pool().environment + "-" + random.pick(ResourcePool.APPLICATIONS) + "-access";
        String policyArn = "arn:aws:iam::" + scope.accountId() + ":policy/" + policyName;
        scope.startRequest();
        if (version) {
            scope.field("policyArn", policyArn);
            scope.field("policyDocument", document);
            scope.field("setAsDefault", true);
        } else {
            scope.field("policyName", policyName);
            scope.field("policyDocument", document);
        }
        scope.end();
        if (!scope.startResponse()) {
            return;
        }
        if (version) {
            scope.json().writeFieldName("policyVersion");
            scope.json().writeStartObject();
            scope.field("versionId", "v" + random.between(2, 5));
            scope.field("isDefaultVersion", true);
            scope.field("createDate", TimeText.readable(scope.time()));
        } else {
            scope.json().writeFieldName("policy");
            scope.json().writeStartObject();
            scope.field("policyName", policyName);
            scope.field("policyId", Ids.key(random, "ANPA", 17));
            scope.field("arn", policyArn);
            scope.field("path", "/");
            scope.field("defaultVersionId", "v1");
            scope.field("attachmentCount", 0);
            scope.field("isAttachable", true);
            scope.field("createDate", TimeText.readable(scope.time()));
            scope.field("updateDate", TimeText.readable(scope.time()));
        }
        scope.end();
        scope.end();
    }

    static void serviceLinkedRole(EventScope scope) throws IOException {
        String service = scope.random().pick(List.of("elasticloadbalancing.amazonaws.com", "rds.amazonaws.com",
                "ecs.amazonaws.com", "autoscaling.amazonaws.com"));
        scope.startRequest();
        scope.field("aWSServiceName", service);
        scope.end();
        scope.nullResponse();
    }

    static void deactivateMfa(EventScope scope) throws IOException {
        String userName = scope.pool().pick(scope.random(), scope.pool().userNames);
        scope.startRequest();
        scope.field("userName", userName);
        scope.field("serialNumber", "arn:aws:iam::" + scope.accountId() + ":mfa/" + userName);
        scope.end();
        scope.nullResponse();
    }

    private static void principalName(EventScope scope) throws IOException {
        if (scope.argument().equals("user")) {
            scope.field("userName", scope.pool().pick(scope.random(), scope.pool().userNames));
        } else {
            scope.field("roleName", scope.pool().pick(scope.random(), scope.pool().roleNames));
        }
    }

    private static String trust(EventScope scope) {
        return scope.random().pick(PolicyDocuments.TRUST).replace("%PARTNER%", scope.context().account().partnerAccountId());
    }
}
