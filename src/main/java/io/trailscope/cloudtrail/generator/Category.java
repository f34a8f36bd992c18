package io.trailscope.cloudtrail.generator;

/** What an operation does, for the generator's summary and for tests that look for features. */
enum Category {
    READ("read (Describe/List/Get)"),
    CONSOLE_LOGIN("console sign-in"),
    STS("sts (AssumeRole, GetSessionToken, ...)"),
    EC2_INSTANCE("ec2 instance changes"),
    SECURITY_GROUP("security group changes"),
    NETWORK("network changes (VPC, NACL, route, gateway, ENI)"),
    IAM("iam changes"),
    S3("s3 bucket changes"),
    KMS("kms key changes"),
    CLOUDTRAIL("cloudtrail changes"),
    COMPUTE("lambda/rds/dynamodb/ecs changes"),
    CONFIGURATION("other changes (ssm, logs, sns, sqs, cloudformation, ...)"),
    SERVICE_EVENT("AWS service events");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    String eventType() {
        if (this == CONSOLE_LOGIN) {
            return "AwsConsoleSignIn";
        }
        if (this == SERVICE_EVENT) {
            return "AwsServiceEvent";
        }
        return "AwsApiCall";
    }
}
