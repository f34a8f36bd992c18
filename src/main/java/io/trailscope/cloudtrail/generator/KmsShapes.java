package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** KMS: the constant hum of Decrypt/GenerateDataKey, and the rare key changes (disable, schedule deletion). */
final class KmsShapes {
    private KmsShapes() {
    }

    /** Decrypt and GenerateDataKey, with the encryption context services attach. */
    static void crypto(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool pool = scope.pool();
        ResourcePool.KmsKey key = pool.key(random);
        boolean generate = scope.draft().operation().name().startsWith("Generate");
        scope.startRequest();
        if (generate) {
            scope.field("keyId", key.alias());
            scope.field("keySpec", "AES_256");
        }
        scope.json().writeFieldName("encryptionContext");
        scope.json().writeStartObject();
        encryptionContext(scope, random, pool);
        scope.end();
        scope.field("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
        scope.end();
        scope.nullResponse();
        scope.resource("AWS::KMS::Key", pool.keyArn(key));
    }

    /** The context the caller would attach: its function, the secret or the S3 object it reads. */
    private static void encryptionContext(EventScope scope, SeededRandom random, ResourcePool pool) throws IOException {
        Actor actor = scope.draft().actor();
        String host = actor instanceof Actor.AwsService service ? service.host() : "";
        if (actor instanceof Actor.RoleSession session && session.sessionName().endsWith("-handler")) {
            scope.field("aws:lambda:FunctionArn", "arn:aws:lambda:" + scope.region() + ":" + scope.accountId()
                    + ":function:" + session.sessionName());
        } else if (host.startsWith("secretsmanager") || host.isEmpty() && random.chance(0.5)) {
            scope.field("SecretARN", pool.pick(random, pool.secrets));
            scope.field("SecretVersionId", Ids.uuid(random));
        } else if (host.startsWith("ssm")) {
            scope.field("PARAMETER_ARN", "arn:aws:ssm:" + scope.region() + ":" + scope.accountId() + ":parameter"
                    + pool.pick(random, pool.parameters));
        } else if (host.startsWith("rds")) {
            scope.field("aws:rds:db-id", Ids.key(random, "db-", 26));
        } else {
            scope.field("aws:s3:arn", "arn:aws:s3:::" + pool.pick(random, pool.buckets) + "/"
                    + TimeText.datePath(scope.time()) + "/" + Ids.hex(random, "", 12) + ".parquet");
        }
    }

    /** DescribeKey, GetKeyPolicy, Enable/Disable key or rotation, CancelKeyDeletion. */
    static void key(EventScope scope) throws IOException {
        ResourcePool.KmsKey key = scope.pool().key(scope.random());
        String name = scope.draft().operation().name();
        scope.startRequest();
        scope.field("keyId", name.equals("DescribeKey") ? key.alias() : key.id());
        if (name.equals("GetKeyPolicy")) {
            scope.field("policyName", "default");
        }
        scope.end();
        if (name.equals("CancelKeyDeletion") && scope.startResponse()) {
            scope.field("keyId", scope.pool().keyArn(key));
            scope.end();
        } else if (!name.equals("CancelKeyDeletion")) {
            scope.nullResponse();
        }
        scope.resource("AWS::KMS::Key", scope.pool().keyArn(key));
    }

    static void list(EventScope scope) throws IOException {
        if (scope.random().chance(0.5)) {
            scope.nullRequest();
        } else {
            scope.startRequest();
            scope.field("limit", 100);
            scope.end();
        }
        scope.nullResponse();
    }

    static void createKey(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String keyId = Ids.uuid(random);
        String arn = "arn:aws:kms:" + scope.region() + ":" + scope.accountId() + ":key/" + keyId;
        String description = "Key for " + random.pick(ResourcePool.APPLICATIONS) + " data";
        scope.startRequest();
        scope.field("keyUsage", "ENCRYPT_DECRYPT");
        scope.field("keySpec", "SYMMETRIC_DEFAULT");
        scope.field("description", description);
        scope.field("origin", "AWS_KMS");
        scope.field("multiRegion", false);
        scope.field("bypassPolicyLockoutSafetyCheck", false);
        scope.end();
        if (scope.startResponse()) {
            scope.json().writeFieldName("keyMetadata");
            scope.json().writeStartObject();
            scope.field("aWSAccountId", scope.accountId());
            scope.field("keyId", keyId);
            scope.field("arn", arn);
            scope.field("creationDate", TimeText.readable(scope.time()));
            scope.field("enabled", true);
            scope.field("description", description);
            scope.field("keyUsage", "ENCRYPT_DECRYPT");
            scope.field("keyState", "Enabled");
            scope.field("origin", "AWS_KMS");
            scope.field("keyManager", "CUSTOMER");
            scope.field("customerMasterKeySpec", "SYMMETRIC_DEFAULT");
            scope.field("keySpec", "SYMMETRIC_DEFAULT");
            scope.json().writeFieldName("encryptionAlgorithms");
            scope.json().writeStartArray();
            scope.json().writeString("SYMMETRIC_DEFAULT");
            scope.json().writeEndArray();
            scope.field("multiRegion", false);
            scope.end();
            scope.end();
        }
        scope.resource("AWS::KMS::Key", arn);
    }

    static void createAlias(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.KmsKey key = scope.pool().key(random);
        String alias = key.alias() + "-" + random.pick(new String[] {"v2", "backup", "logs", "new"});
        scope.startRequest();
        scope.field("aliasName", alias);
        scope.field("targetKeyId", key.id());
        scope.end();
        scope.nullResponse();
        scope.resource("AWS::KMS::Key", "arn:aws:kms:" + scope.region() + ":" + scope.accountId() + ":" + alias);
        scope.resource("AWS::KMS::Key", scope.pool().keyArn(key));
    }

    static void scheduleDeletion(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        ResourcePool.KmsKey key = scope.pool().key(random);
        int days = random.chance(0.6) ? 7 : 30;
        scope.startRequest();
        scope.field("keyId", key.id());
        scope.field("pendingWindowInDays", days);
        scope.end();
        if (scope.startResponse()) {
            scope.field("keyId", scope.pool().keyArn(key));
            scope.field("deletionDate", TimeText.readable((scope.time() / 86_400 + days + 1) * 86_400));
            scope.field("keyState", "PendingDeletion");
            scope.field("pendingWindowInDays", days);
            scope.end();
        }
        scope.resource("AWS::KMS::Key", scope.pool().keyArn(key));
    }

    static void putPolicy(EventScope scope) throws IOException {
        ResourcePool.KmsKey key = scope.pool().key(scope.random());
        scope.startRequest();
        scope.field("keyId", key.id());
        scope.field("policyName", "default");
        scope.field("policy", "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n"
                + "    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n"
                + "      \"AWS\" : \"arn:aws:iam::" + scope.accountId() + ":root\"\n    },\n    \"Action\" : \"kms:*\",\n"
                + "    \"Resource\" : \"*\"\n  } ]\n}");
        scope.field("bypassPolicyLockoutSafetyCheck", false);
        scope.end();
        scope.nullResponse();
        scope.resource("AWS::KMS::Key", scope.pool().keyArn(key));
    }

    /** The yearly automatic rotation: an AwsServiceEvent with serviceEventDetails. */
    static void rotate(EventScope scope) throws IOException {
        ResourcePool.KmsKey key = scope.pool().key(scope.random());
        scope.nullRequest();
        scope.nullResponse();
        scope.resource("AWS::KMS::Key", scope.pool().keyArn(key));
        scope.serviceDetail("keyId", key.id());
    }
}
