package io.trailscope.cloudtrail.generator;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every operation the generator can write. One line each: service, eventName, R(ead)/W(rite), category,
 * shape, optional shape argument, optional "global". Parsed once at class load.
 */
final class OperationCatalog {
    private static final String TABLE = """
            ec2 DescribeInstances R READ EC2_DESCRIBE instancesSet
            ec2 DescribeInstanceStatus R READ EC2_DESCRIBE instancesSet
            ec2 DescribeSecurityGroups R READ EC2_DESCRIBE securityGroupIdSet
            ec2 DescribeSecurityGroupRules R READ EC2_DESCRIBE securityGroupRuleIdSet
            ec2 DescribeVpcs R READ EC2_DESCRIBE vpcSet
            ec2 DescribeSubnets R READ EC2_DESCRIBE subnetSet
            ec2 DescribeVolumes R READ EC2_DESCRIBE volumeSet
            ec2 DescribeSnapshots R READ EC2_DESCRIBE snapshotSet
            ec2 DescribeImages R READ EC2_DESCRIBE imagesSet
            ec2 DescribeNetworkInterfaces R READ EC2_DESCRIBE networkInterfaceIdSet
            ec2 DescribeAddresses R READ EC2_DESCRIBE publicIpsSet
            ec2 DescribeRouteTables R READ EC2_DESCRIBE routeTableIdSet
            ec2 DescribeNetworkAcls R READ EC2_DESCRIBE networkAclIdSet
            ec2 DescribeInternetGateways R READ EC2_DESCRIBE internetGatewayIdSet
            ec2 DescribeKeyPairs R READ EC2_DESCRIBE keySet
            ec2 DescribeTags R READ EC2_DESCRIBE resourceIdSet
            ec2 DescribeRegions R READ EC2_DESCRIBE regionSet
            ec2 DescribeAvailabilityZones R READ EC2_DESCRIBE availabilityZoneSet
            ec2 DescribeLaunchTemplates R READ EC2_DESCRIBE launchTemplateIdSet
            ec2 RunInstances W EC2_INSTANCE RUN_INSTANCES
            ec2 StartInstances W EC2_INSTANCE INSTANCE_STATE
            ec2 StopInstances W EC2_INSTANCE INSTANCE_STATE
            ec2 TerminateInstances W EC2_INSTANCE INSTANCE_STATE
            ec2 RebootInstances W EC2_INSTANCE INSTANCE_STATE
            ec2 CreateTags W EC2_INSTANCE CREATE_TAGS
            ec2 ModifyInstanceAttribute W EC2_INSTANCE MODIFY_INSTANCE_ATTRIBUTE
            ec2 CreateSnapshot W EC2_INSTANCE CREATE_SNAPSHOT
            ec2 CreateSecurityGroup W SECURITY_GROUP SG_CREATE
            ec2 DeleteSecurityGroup W SECURITY_GROUP SG_DELETE
            ec2 AuthorizeSecurityGroupIngress W SECURITY_GROUP SG_RULE
            ec2 AuthorizeSecurityGroupEgress W SECURITY_GROUP SG_RULE
            ec2 RevokeSecurityGroupIngress W SECURITY_GROUP SG_RULE
            ec2 RevokeSecurityGroupEgress W SECURITY_GROUP SG_RULE
            ec2 ModifyNetworkInterfaceAttribute W SECURITY_GROUP ENI_MODIFY
            ec2 CreateNetworkInterface W NETWORK ENI_CREATE
            ec2 DeleteNetworkInterface W NETWORK ENI_DELETE
            ec2 CreateVpc W NETWORK VPC_CREATE
            ec2 DeleteVpc W NETWORK VPC_DELETE
            ec2 CreateSubnet W NETWORK SUBNET_CREATE
            ec2 CreateNetworkAcl W NETWORK NACL_CREATE
            ec2 CreateNetworkAclEntry W NETWORK NACL_ENTRY
            ec2 DeleteNetworkAclEntry W NETWORK NACL_ENTRY
            ec2 ReplaceNetworkAclEntry W NETWORK NACL_ENTRY
            ec2 CreateRouteTable W NETWORK ROUTE_TABLE_CREATE
            ec2 CreateRoute W NETWORK ROUTE
            ec2 DeleteRoute W NETWORK ROUTE
            ec2 CreateInternetGateway W NETWORK IGW_CREATE
            ec2 AttachInternetGateway W NETWORK IGW_ATTACH
            ec2 DetachInternetGateway W NETWORK IGW_ATTACH
            iam ListUsers R READ IAM_LIST - global
            iam ListRoles R READ IAM_LIST - global
            iam ListPolicies R READ IAM_LIST - global
            iam ListGroups R READ IAM_LIST - global
            iam GetAccountAuthorizationDetails R READ IAM_LIST - global
            iam GetAccountSummary R READ NONE - global
            iam GetAccountPasswordPolicy R READ NONE - global
            iam GetUser R READ NAMED userName:user global
            iam GetRole R READ NAMED roleName:role global
            iam ListAccessKeys R READ NAMED userName:user global
            iam ListMFADevices R READ NAMED userName:user global
            iam ListAttachedUserPolicies R READ NAMED userName:user global
            iam ListAttachedRolePolicies R READ NAMED roleName:role global
            iam ListRolePolicies R READ NAMED roleName:role global
            iam GetPolicy R READ NAMED policyArn:policy global
            iam GetPolicyVersion R READ IAM_POLICY_VERSION - global
            iam CreateUser W IAM IAM_CREATE_USER - global
            iam DeleteUser W IAM NAMED userName:user global
            iam CreateAccessKey W IAM IAM_CREATE_ACCESS_KEY - global
            iam DeleteAccessKey W IAM IAM_ACCESS_KEY - global
            iam UpdateAccessKey W IAM IAM_ACCESS_KEY - global
            iam AttachUserPolicy W IAM IAM_ATTACH_POLICY user global
            iam DetachUserPolicy W IAM IAM_ATTACH_POLICY user global
            iam PutUserPolicy W IAM IAM_PUT_POLICY user global
            iam CreateRole W IAM IAM_CREATE_ROLE - global
            iam DeleteRole W IAM NAMED roleName:role global
            iam AttachRolePolicy W IAM IAM_ATTACH_POLICY role global
            iam DetachRolePolicy W IAM IAM_ATTACH_POLICY role global
            iam PutRolePolicy W IAM IAM_PUT_POLICY role global
            iam UpdateAssumeRolePolicy W IAM IAM_TRUST_POLICY - global
            iam CreateLoginProfile W IAM IAM_LOGIN_PROFILE - global
            iam UpdateLoginProfile W IAM IAM_LOGIN_PROFILE - global
            iam AddUserToGroup W IAM IAM_GROUP - global
            iam CreatePolicy W IAM IAM_CREATE_POLICY - global
            iam CreatePolicyVersion W IAM IAM_CREATE_POLICY - global
            iam CreateServiceLinkedRole W IAM IAM_SERVICE_LINKED_ROLE - global
            iam DeactivateMFADevice W IAM IAM_MFA - global
            sts GetCallerIdentity R STS NONE
            sts AssumeRole R STS STS_ASSUME_ROLE
            sts GetSessionToken R STS STS_SESSION_TOKEN
            sts GetFederationToken R STS STS_FEDERATION_TOKEN
            sts AssumeRoleWithSAML R STS STS_ASSUME_SAML - global
            sts AssumeRoleWithWebIdentity R STS STS_ASSUME_WEB - global
            signin ConsoleLogin W CONSOLE_LOGIN CONSOLE_LOGIN
            s3 ListBuckets R READ S3_LIST - global
            s3 GetBucketLocation R READ S3_BUCKET location
            s3 GetBucketPolicy R READ S3_BUCKET policy
            s3 GetBucketPolicyStatus R READ S3_BUCKET policyStatus
            s3 GetBucketAcl R READ S3_BUCKET acl
            s3 GetBucketVersioning R READ S3_BUCKET versioning
            s3 GetBucketEncryption R READ S3_BUCKET encryption
            s3 GetBucketPublicAccessBlock R READ S3_BUCKET publicAccessBlock
            s3 GetBucketTagging R READ S3_BUCKET tagging
            s3 GetBucketLogging R READ S3_BUCKET logging
            s3 GetBucketLifecycle R READ S3_BUCKET lifecycle
            s3 GetBucketCors R READ S3_BUCKET cors
            s3 GetBucketReplication R READ S3_BUCKET replication
            s3 CreateBucket W S3 S3_CREATE_BUCKET
            s3 DeleteBucket W S3 S3_BUCKET -
            s3 PutBucketPolicy W S3 S3_PUT_POLICY
            s3 DeleteBucketPolicy W S3 S3_BUCKET policy
            s3 PutBucketAcl W S3 S3_PUT_ACL
            s3 PutBucketPublicAccessBlock W S3 S3_PUT_PUBLIC_ACCESS_BLOCK
            s3 PutBucketEncryption W S3 S3_PUT_ENCRYPTION
            s3 PutBucketVersioning W S3 S3_PUT_VERSIONING
            s3 PutBucketTagging W S3 S3_BUCKET tagging
            kms Decrypt R READ KMS_CRYPTO
            kms GenerateDataKey R READ KMS_CRYPTO
            kms DescribeKey R READ KMS_KEY
            kms GetKeyPolicy R READ KMS_KEY
            kms GetKeyRotationStatus R READ KMS_KEY
            kms ListKeys R READ KMS_LIST
            kms ListAliases R READ KMS_LIST
            kms CreateKey W KMS KMS_CREATE_KEY
            kms CreateAlias W KMS KMS_CREATE_ALIAS
            kms DisableKey W KMS KMS_KEY
            kms EnableKey W KMS KMS_KEY
            kms EnableKeyRotation W KMS KMS_KEY
            kms CancelKeyDeletion W KMS KMS_KEY
            kms ScheduleKeyDeletion W KMS KMS_SCHEDULE_DELETION
            kms PutKeyPolicy W KMS KMS_PUT_POLICY
            kms RotateKey W SERVICE_EVENT KMS_ROTATE
            cloudtrail DescribeTrails R READ TRAIL_DESCRIBE
            cloudtrail GetTrailStatus R READ TRAIL
            cloudtrail GetEventSelectors R READ TRAIL
            cloudtrail LookupEvents R READ LOOKUP_EVENTS
            cloudtrail StopLogging W CLOUDTRAIL TRAIL
            cloudtrail StartLogging W CLOUDTRAIL TRAIL
            cloudtrail DeleteTrail W CLOUDTRAIL TRAIL
            cloudtrail UpdateTrail W CLOUDTRAIL TRAIL_UPDATE
            cloudtrail CreateTrail W CLOUDTRAIL TRAIL_UPDATE
            cloudtrail PutEventSelectors W CLOUDTRAIL EVENT_SELECTORS
            cloudtrail CreateServiceLinkedChannel W SERVICE_EVENT TRAIL_CHANNEL
            logs DescribeLogGroups R READ LOGS_DESCRIBE
            logs DescribeLogStreams R READ NAMED logGroupName:logGroup
            logs FilterLogEvents R READ LOGS_FILTER
            logs StartQuery R READ LOGS_QUERY
            logs CreateLogGroup W CONFIGURATION NAMED logGroupName:logGroup
            logs CreateLogStream W CONFIGURATION LOGS_STREAM
            logs PutRetentionPolicy W CONFIGURATION LOGS_RETENTION
            logs DeleteLogGroup W CONFIGURATION NAMED logGroupName:logGroup
            lambda ListFunctions20150331 R READ NONE
            lambda GetFunction20150331v2 R READ NAMED functionName:function
            lambda GetFunctionConfiguration20150331v2 R READ NAMED functionName:function
            lambda ListEventSourceMappings20150331 R READ NONE
            lambda CreateFunction20150331 W COMPUTE LAMBDA_CREATE
            lambda UpdateFunctionCode20150331v2 W COMPUTE LAMBDA_UPDATE
            lambda UpdateFunctionConfiguration20150331v2 W COMPUTE LAMBDA_UPDATE
            lambda AddPermission20150331v2 W COMPUTE LAMBDA_PERMISSION
            lambda DeleteFunction20150331 W COMPUTE NAMED functionName:function
            rds DescribeDBInstances R READ RDS_DESCRIBE
            rds DescribeDBClusters R READ RDS_DESCRIBE
            rds DescribeDBSnapshots R READ RDS_DESCRIBE
            rds CreateDBInstance W COMPUTE RDS_CREATE
            rds ModifyDBInstance W COMPUTE RDS_INSTANCE
            rds StopDBInstance W COMPUTE RDS_INSTANCE
            rds StartDBInstance W COMPUTE RDS_INSTANCE
            rds DeleteDBInstance W COMPUTE RDS_INSTANCE
            rds CreateDBSnapshot W COMPUTE RDS_SNAPSHOT
            dynamodb ListTables R READ DYNAMODB_LIST
            dynamodb DescribeTable R READ NAMED tableName:table
            dynamodb DescribeContinuousBackups R READ NAMED tableName:table
            dynamodb CreateTable W COMPUTE DYNAMODB_CREATE
            dynamodb UpdateTable W COMPUTE DYNAMODB_UPDATE
            dynamodb DeleteTable W COMPUTE NAMED tableName:table
            ssm GetParameter R READ SSM_PARAMETER
            ssm GetParameters R READ SSM_PARAMETERS
            ssm GetParametersByPath R READ SSM_PATH
            ssm DescribeParameters R READ SSM_DESCRIBE
            ssm DescribeInstanceInformation R READ SSM_DESCRIBE
            ssm ListInstanceAssociations R READ NAMED instanceId:instance
            ssm UpdateInstanceInformation W CONFIGURATION SSM_UPDATE_INSTANCE
            ssm PutParameter W CONFIGURATION SSM_PUT
            ssm DeleteParameter W CONFIGURATION NAMED name:parameter
            ssm SendCommand W CONFIGURATION SSM_SEND_COMMAND
            ssm StartSession W CONFIGURATION SSM_START_SESSION
            sns ListTopics R READ NONE
            sns GetTopicAttributes R READ NAMED topicArn:topic
            sns ListSubscriptionsByTopic R READ NAMED topicArn:topic
            sns CreateTopic W CONFIGURATION SNS_CREATE
            sns Subscribe W CONFIGURATION SNS_SUBSCRIBE
            sns SetTopicAttributes W CONFIGURATION SNS_ATTRIBUTES
            sqs ListQueues R READ NONE
            sqs GetQueueAttributes R READ SQS_ATTRIBUTES
            sqs CreateQueue W CONFIGURATION SQS_CREATE
            sqs SetQueueAttributes W CONFIGURATION SQS_ATTRIBUTES
            sqs DeleteQueue W CONFIGURATION NAMED queueUrl:queue
            cloudformation DescribeStacks R READ NAMED stackName:stack
            cloudformation ListStacks R READ CFN_LIST
            cloudformation DescribeStackEvents R READ NAMED stackName:stack
            cloudformation DescribeStackResources R READ NAMED stackName:stack
            cloudformation GetTemplate R READ NAMED stackName:stack
            cloudformation CreateStack W CONFIGURATION CFN_STACK
            cloudformation UpdateStack W CONFIGURATION CFN_STACK
            cloudformation DeleteStack W CONFIGURATION NAMED stackName:stack
            cloudformation CreateChangeSet W CONFIGURATION CFN_CHANGE_SET
            cloudformation ExecuteChangeSet W CONFIGURATION CFN_CHANGE_SET
            monitoring DescribeAlarms R READ CW_ALARMS
            monitoring GetMetricData R READ CW_METRIC_DATA
            monitoring PutMetricAlarm W CONFIGURATION CW_PUT_ALARM
            secretsmanager GetSecretValue R READ NAMED secretId:secret
            secretsmanager DescribeSecret R READ NAMED secretId:secret
            secretsmanager ListSecrets R READ NONE
            secretsmanager PutSecretValue W CONFIGURATION SECRET_PUT
            elasticloadbalancing DescribeLoadBalancers R READ NONE
            elasticloadbalancing DescribeTargetGroups R READ NONE
            elasticloadbalancing DescribeTargetHealth R READ NAMED targetGroupArn:targetGroup
            ecs ListClusters R READ NONE
            ecs DescribeServices R READ ECS_SERVICES
            ecs UpdateService W COMPUTE ECS_UPDATE_SERVICE
            ecr GetAuthorizationToken R READ NONE
            ecr DescribeRepositories R READ NONE
            ce GetCostAndUsage R READ CE_COST - global
            """;

    private static final List<Operation> ALL = parse();
    private static final Map<String, Operation> BY_NAME = index(ALL);

    private OperationCatalog() {
    }

    static List<Operation> all() {
        return ALL;
    }

    /** Looks up {@code service:EventName}; an unknown name is a bug in the profiles. */
    static Operation get(String qualifiedName) {
        Operation operation = BY_NAME.get(qualifiedName);
        if (operation == null) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "unknown operation in generator profile: " + qualifiedName);
        }
        return operation;
    }

    private static List<Operation> parse() {
        List<Operation> operations = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] columns = line.strip().split(" +");
            String service = columns[0];
            String name = columns[1];
            String argument = columns.length > 5 && !columns[5].equals("-") ? columns[5] : "";
            boolean global = columns.length > 6 && columns[6].equals("global");
            operations.add(new Operation(operations.size(), service, name, columns[2].equals("R"),
                    Category.valueOf(columns[3]), Shape.valueOf(columns[4]), argument, global,
                    iamPrefix(service) + ":" + actionName(name), cliCommand(service, name)));
        }
        return Collections.unmodifiableList(operations);
    }

    private static Map<String, Operation> index(List<Operation> operations) {
        Map<String, Operation> byName = new TreeMap<>();
        for (Operation operation : operations) {
            byName.put(operation.service() + ":" + operation.name(), operation);
        }
        return byName;
    }

    /** Lambda's event names carry an API version suffix that IAM actions do not. */
    private static String actionName(String eventName) {
        return eventName.replaceAll("20\\d{6}(v\\d)?$", "");
    }

    private static String iamPrefix(String service) {
        if (service.equals("monitoring")) {
            return "cloudwatch";
        }
        return service;
    }

    private static String cliCommand(String service, String eventName) {
        String cliService = switch (service) {
            case "s3" -> "s3api";
            case "monitoring" -> "cloudwatch";
            case "elasticloadbalancing" -> "elbv2";
            default -> service;
        };
        String action = actionName(eventName);
        StringBuilder kebab = new StringBuilder(cliService).append('.');
        for (int index = 0; index < action.length(); index++) {
            char character = action.charAt(index);
            boolean boundary = Character.isUpperCase(character) && index > 0
                    && (Character.isLowerCase(action.charAt(index - 1))
                    || index + 1 < action.length() && Character.isLowerCase(action.charAt(index + 1)));
            if (boundary) {
                kebab.append('-');
            }
            kebab.append(Character.toLowerCase(character));
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }
}
