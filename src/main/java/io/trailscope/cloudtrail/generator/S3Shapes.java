package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** S3 bucket-level management calls, with S3's Host field, resources[] and additionalEventData. */
final class S3Shapes {
    private static final String XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

    private S3Shapes() {
    }

    static void listBuckets(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("Host", "s3." + scope.region() + ".amazonaws.com");
        scope.end();
        scope.nullResponse();
        additionalData(scope, 0, 0);
    }

    /** GetBucketX, DeleteBucket(Policy), PutBucketTagging: bucketName, Host and the sub-resource key. */
    static void bucket(EventScope scope) throws IOException {
        String bucket = start(scope);
        if (!scope.argument().isEmpty()) {
            scope.field(scope.argument(), "");
        }
        scope.end();
        scope.nullResponse();
        additionalData(scope, 0, 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void createBucket(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String bucket = "acme-" + scope.pool().environment + "-" + random.pick(ResourcePool.APPLICATIONS) + "-"
                + Ids.lowerAlphanumeric(random, 6);
        scope.startRequest();
        if (!scope.context().homeRegion()) {
            scope.json().writeFieldName("CreateBucketConfiguration");
            scope.json().writeStartObject();
            scope.field("LocationConstraint", scope.region());
            scope.field("xmlns", XMLNS);
            scope.end();
        }
        scope.field("bucketName", bucket);
        scope.field("Host", bucket + ".s3." + scope.region() + ".amazonaws.com");
        scope.end();
        scope.nullResponse();
        additionalData(scope, 0, 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void putPolicy(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String bucket = scope.pool().pick(random, scope.pool().buckets);
        scope.startRequest();
        scope.json().writeFieldName("bucketPolicy");
        scope.json().writeStartObject();
        scope.field("Version", "2012-10-17");
        scope.json().writeFieldName("Statement");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        double draw = random.nextDouble();
        if (draw < 0.15) {
            scope.field("Sid", "PublicRead");
            scope.field("Effect", "Allow");
            scope.field("Principal", "*");
            scope.field("Action", "s3:GetObject");
            scope.field("Resource", "arn:aws:s3:::" + bucket + "/*");
        } else if (draw < 0.6) {
            scope.field("Sid", "DenyInsecureTransport");
            scope.field("Effect", "Deny");
            scope.field("Principal", "*");
            scope.field("Action", "s3:*");
            scope.json().writeFieldName("Resource");
            scope.json().writeStartArray();
            scope.json().writeString("arn:aws:s3:::" + bucket);
            scope.json().writeString("arn:aws:s3:::" + bucket + "/*");
            scope.json().writeEndArray();
            scope.json().writeFieldName("Condition");
            scope.json().writeStartObject();
            scope.json().writeFieldName("Bool");
            scope.json().writeStartObject();
            scope.field("aws:SecureTransport", "false");
            scope.end();
            scope.end();
        } else {
            scope.field("Sid", "CrossAccountRead");
            scope.field("Effect", "Allow");
            scope.json().writeFieldName("Principal");
            scope.json().writeStartObject();
            scope.field("AWS", "arn:aws:iam::" + scope.context().account().partnerAccountId() + ":root");
            scope.end();
            scope.field("Action", "s3:GetObject");
            scope.field("Resource", "arn:aws:s3:::" + bucket + "/*");
        }
        scope.end();
        scope.json().writeEndArray();
        scope.end();
        bucketFields(scope, bucket);
        scope.field("policy", "");
        scope.end();
        scope.nullResponse();
        additionalData(scope, random.between(180, 600), 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void putAcl(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String owner = Ids.hex(random, "", 64);
        String bucket = start(scope);
        scope.field("acl", "");
        scope.json().writeFieldName("AccessControlPolicy");
        scope.json().writeStartObject();
        scope.json().writeFieldName("AccessControlList");
        scope.json().writeStartObject();
        scope.json().writeFieldName("Grant");
        scope.json().writeStartArray();
        grant(scope, "CanonicalUser", "ID", owner, "FULL_CONTROL");
        if (random.chance(0.3)) {
            grant(scope, "Group", "URI", "http://acs.amazonaws.com/groups/global/AllUsers", "READ");
        }
        scope.json().writeEndArray();
        scope.end();
        scope.field("xmlns", XMLNS);
        scope.json().writeFieldName("Owner");
        scope.json().writeStartObject();
        scope.field("ID", owner);
        scope.end();
        scope.end();
        scope.end();
        scope.nullResponse();
        additionalData(scope, random.between(300, 700), 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void putPublicAccessBlock(EventScope scope) throws IOException {
        boolean block = scope.random().chance(0.85);
        String bucket = start(scope);
        scope.json().writeFieldName("PublicAccessBlockConfiguration");
        scope.json().writeStartObject();
        scope.field("xmlns", XMLNS);
        scope.field("BlockPublicAcls", block);
        scope.field("IgnorePublicAcls", block);
        scope.field("BlockPublicPolicy", block);
        scope.field("RestrictPublicBuckets", block);
        scope.end();
        scope.field("publicAccessBlock", "");
        scope.end();
        scope.nullResponse();
        additionalData(scope, 280, 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void putEncryption(EventScope scope) throws IOException {
        ResourcePool.KmsKey key = scope.pool().key(scope.random());
        String bucket = start(scope);
        scope.json().writeFieldName("ServerSideEncryptionConfiguration");
        scope.json().writeStartObject();
        scope.field("xmlns", XMLNS);
        scope.json().writeFieldName("Rule");
        scope.json().writeStartObject();
        scope.json().writeFieldName("ApplyServerSideEncryptionByDefault");
        scope.json().writeStartObject();
        scope.field("SSEAlgorithm", "aws:kms");
        scope.field("KMSMasterKeyID", scope.pool().keyArn(key));
        scope.end();
        scope.field("BucketKeyEnabled", true);
        scope.end();
        scope.end();
        scope.field("encryption", "");
        scope.end();
        scope.nullResponse();
        additionalData(scope, 310, 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    static void putVersioning(EventScope scope) throws IOException {
        String bucket = start(scope);
        scope.field("versioning", "");
        scope.json().writeFieldName("VersioningConfiguration");
        scope.json().writeStartObject();
        scope.field("Status", scope.random().chance(0.85) ? "Enabled" : "Suspended");
        scope.field("xmlns", XMLNS);
        scope.end();
        scope.end();
        scope.nullResponse();
        additionalData(scope, 120, 0);
        scope.resource("AWS::S3::Bucket", "arn:aws:s3:::" + bucket);
    }

    private static String start(EventScope scope) throws IOException {
        String bucket = scope.pool().pick(scope.random(), scope.pool().buckets);
        scope.startRequest();
        bucketFields(scope, bucket);
        return bucket;
    }

    private static void bucketFields(EventScope scope, String bucket) throws IOException {
        scope.field("bucketName", bucket);
        scope.field("Host", bucket + ".s3." + scope.region() + ".amazonaws.com");
    }

    private static void grant(EventScope scope, String type, String key, String value, String permission)
            throws IOException {
        scope.json().writeStartObject();
        scope.json().writeFieldName("Grantee");
        scope.json().writeStartObject();
        scope.field("xsi:type", type);
        scope.field("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        scope.field(key, value);
        scope.end();
        scope.field("Permission", permission);
        scope.end();
    }

    private static void additionalData(EventScope scope, int bytesIn, int bytesOut) throws IOException {
        EventDraft draft = scope.draft();
        scope.json().writeFieldName("additionalEventData");
        scope.json().writeStartObject();
        scope.field("SignatureVersion", "SigV4");
        scope.field("CipherSuite",
                draft.tls() == EventDraft.Tls.TLS_1_2 ? "ECDHE-RSA-AES128-GCM-SHA256" : "TLS_AES_128_GCM_SHA256");
        scope.field("bytesTransferredIn", bytesIn);
        scope.field("AuthenticationMethod", "AuthHeader");
        scope.field("x-amz-id-2", Ids.base64(scope.random(), "", 76));
        scope.field("bytesTransferredOut", bytesOut);
        scope.end();
    }
}
