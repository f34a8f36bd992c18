package io.trailscope.cloudtrail.generator;

/**
 * The operation mixes of each kind of principal: people are read-heavy with a tail of changes; each kind of
 * automation calls its own few operations over and over.
 */
final class Profiles {
    static final Profile PEOPLE = Profile.parse("people", """
            ec2:DescribeInstances 30, ec2:DescribeInstanceStatus 6, ec2:DescribeSecurityGroups 12,
            ec2:DescribeSecurityGroupRules 3, ec2:DescribeVpcs 5, ec2:DescribeSubnets 5, ec2:DescribeVolumes 6,
            ec2:DescribeSnapshots 2, ec2:DescribeImages 3, ec2:DescribeNetworkInterfaces 4, ec2:DescribeAddresses 3,
            ec2:DescribeRouteTables 2, ec2:DescribeNetworkAcls 1, ec2:DescribeInternetGateways 1,
            ec2:DescribeKeyPairs 2, ec2:DescribeTags 3, ec2:DescribeRegions 3, ec2:DescribeAvailabilityZones 2,
            ec2:DescribeLaunchTemplates 1,
            iam:ListUsers 3, iam:ListRoles 5, iam:ListPolicies 2, iam:ListGroups 1, iam:GetAccountSummary 1,
            iam:GetUser 3, iam:GetRole 3, iam:ListAccessKeys 2, iam:ListMFADevices 1, iam:ListAttachedUserPolicies 1,
            iam:ListAttachedRolePolicies 2, iam:ListRolePolicies 1, iam:GetPolicy 1, iam:GetPolicyVersion 1,
            sts:GetCallerIdentity 8, s3:ListBuckets 10, s3:GetBucketLocation 5, s3:GetBucketPolicy 3,
            s3:GetBucketAcl 2, s3:GetBucketVersioning 1, s3:GetBucketEncryption 1, s3:GetBucketPublicAccessBlock 1,
            s3:GetBucketTagging 1, kms:DescribeKey 1, kms:ListKeys 1, kms:ListAliases 2, kms:GetKeyPolicy 0.5,
            cloudtrail:DescribeTrails 1, cloudtrail:GetTrailStatus 1, cloudtrail:LookupEvents 3,
            logs:DescribeLogGroups 5, logs:DescribeLogStreams 4, logs:FilterLogEvents 4, logs:StartQuery 1,
            lambda:ListFunctions20150331 5, lambda:GetFunction20150331v2 3,
            lambda:GetFunctionConfiguration20150331v2 1, rds:DescribeDBInstances 4, rds:DescribeDBClusters 1,
            rds:DescribeDBSnapshots 1, dynamodb:ListTables 2, dynamodb:DescribeTable 2,
            ssm:GetParameter 2, ssm:DescribeParameters 1, ssm:DescribeInstanceInformation 2,
            sns:ListTopics 1, sns:GetTopicAttributes 1, sqs:ListQueues 1, sqs:GetQueueAttributes 1,
            cloudformation:DescribeStacks 4, cloudformation:ListStacks 1, cloudformation:DescribeStackEvents 3,
            cloudformation:GetTemplate 1, monitoring:DescribeAlarms 4, monitoring:GetMetricData 5,
            secretsmanager:ListSecrets 1, secretsmanager:GetSecretValue 1.5, secretsmanager:DescribeSecret 0.5,
            elasticloadbalancing:DescribeLoadBalancers 3, elasticloadbalancing:DescribeTargetGroups 1,
            elasticloadbalancing:DescribeTargetHealth 1, ecs:ListClusters 1, ecs:DescribeServices 2,
            ce:GetCostAndUsage 0.5,
            ec2:RunInstances 1.5, ec2:StartInstances 2, ec2:StopInstances 2.5, ec2:TerminateInstances 1.2,
            ec2:RebootInstances 0.4, ec2:CreateTags 2.5, ec2:ModifyInstanceAttribute 0.4, ec2:CreateSnapshot 0.4,
            ec2:CreateSecurityGroup 0.6, ec2:DeleteSecurityGroup 0.4, ec2:AuthorizeSecurityGroupIngress 1.6,
            ec2:AuthorizeSecurityGroupEgress 0.3, ec2:RevokeSecurityGroupIngress 0.8,
            ec2:RevokeSecurityGroupEgress 0.2, ec2:ModifyNetworkInterfaceAttribute 0.5,
            ec2:CreateVpc 0.08, ec2:DeleteVpc 0.04, ec2:CreateSubnet 0.12, ec2:CreateNetworkAcl 0.05,
            ec2:CreateNetworkAclEntry 0.15, ec2:DeleteNetworkAclEntry 0.06, ec2:ReplaceNetworkAclEntry 0.04,
            ec2:CreateRouteTable 0.08, ec2:CreateRoute 0.15, ec2:DeleteRoute 0.05, ec2:CreateInternetGateway 0.05,
            ec2:AttachInternetGateway 0.05, ec2:DetachInternetGateway 0.02,
            iam:CreateUser 0.15, iam:DeleteUser 0.06, iam:CreateAccessKey 0.25, iam:DeleteAccessKey 0.15,
            iam:UpdateAccessKey 0.08, iam:AttachUserPolicy 0.15, iam:DetachUserPolicy 0.06, iam:PutUserPolicy 0.08,
            iam:CreateRole 0.25, iam:DeleteRole 0.08, iam:AttachRolePolicy 0.3, iam:DetachRolePolicy 0.08,
            iam:PutRolePolicy 0.15, iam:UpdateAssumeRolePolicy 0.08, iam:CreateLoginProfile 0.08,
            iam:UpdateLoginProfile 0.05, iam:AddUserToGroup 0.1, iam:CreatePolicy 0.15, iam:CreatePolicyVersion 0.12,
            iam:DeactivateMFADevice 0.01,
            s3:CreateBucket 0.25, s3:DeleteBucket 0.08, s3:PutBucketPolicy 0.35, s3:DeleteBucketPolicy 0.06,
            s3:PutBucketAcl 0.15, s3:PutBucketPublicAccessBlock 0.12, s3:PutBucketEncryption 0.08,
            s3:PutBucketVersioning 0.08, s3:PutBucketTagging 0.2,
            kms:CreateKey 0.06, kms:CreateAlias 0.06, kms:DisableKey 0.04, kms:EnableKey 0.02,
            kms:ScheduleKeyDeletion 0.03, kms:CancelKeyDeletion 0.01, kms:PutKeyPolicy 0.04, kms:EnableKeyRotation 0.03,
            cloudtrail:StopLogging 0.006, cloudtrail:StartLogging 0.006, cloudtrail:UpdateTrail 0.012,
            cloudtrail:DeleteTrail 0.003, cloudtrail:CreateTrail 0.004, cloudtrail:PutEventSelectors 0.008,
            lambda:CreateFunction20150331 0.15, lambda:UpdateFunctionCode20150331v2 0.5,
            lambda:UpdateFunctionConfiguration20150331v2 0.3, lambda:AddPermission20150331v2 0.08,
            lambda:DeleteFunction20150331 0.04, logs:CreateLogGroup 0.15, logs:PutRetentionPolicy 0.12,
            logs:DeleteLogGroup 0.04, rds:CreateDBInstance 0.03, rds:ModifyDBInstance 0.08, rds:StopDBInstance 0.05,
            rds:StartDBInstance 0.05, rds:DeleteDBInstance 0.01, rds:CreateDBSnapshot 0.08,
            dynamodb:CreateTable 0.06, dynamodb:UpdateTable 0.06, dynamodb:DeleteTable 0.02,
            ssm:PutParameter 0.3, ssm:DeleteParameter 0.04, ssm:SendCommand 0.15, ssm:StartSession 0.3,
            sns:CreateTopic 0.05, sns:Subscribe 0.06, sns:SetTopicAttributes 0.03, sqs:CreateQueue 0.05,
            sqs:SetQueueAttributes 0.05, sqs:DeleteQueue 0.02, cloudformation:CreateStack 0.1,
            cloudformation:UpdateStack 0.25, cloudformation:DeleteStack 0.06, cloudformation:CreateChangeSet 0.2,
            cloudformation:ExecuteChangeSet 0.15, monitoring:PutMetricAlarm 0.1, secretsmanager:PutSecretValue 0.05,
            ecs:UpdateService 0.2,
            sts:AssumeRole 1.5, sts:GetSessionToken 0.4
            """);

    static final Profile ROOT = Profile.parse("root", """
            iam:GetAccountSummary 4, iam:ListAccessKeys 2, iam:GetAccountPasswordPolicy 2, iam:ListUsers 2,
            iam:ListMFADevices 1, iam:CreateAccessKey 0.2, iam:DeactivateMFADevice 0.1, ce:GetCostAndUsage 4,
            s3:ListBuckets 3, ec2:DescribeRegions 2, ec2:DescribeInstances 2, cloudtrail:DescribeTrails 1,
            iam:CreateServiceLinkedRole 0.3, s3:PutBucketPolicy 0.1, s3:GetBucketPolicy 1
            """);

    static final Profile CONFIG_RECORDER = Profile.parse("config", """
            ec2:DescribeInstances 10, ec2:DescribeSecurityGroups 10, ec2:DescribeVpcs 4, ec2:DescribeSubnets 4,
            ec2:DescribeVolumes 6, ec2:DescribeNetworkInterfaces 6, ec2:DescribeRouteTables 3,
            ec2:DescribeNetworkAcls 3, ec2:DescribeInternetGateways 2, ec2:DescribeAddresses 2,
            iam:GetRole 4, iam:ListAttachedRolePolicies 3, iam:ListRolePolicies 3, iam:GetUser 2,
            iam:GetPolicyVersion 2, iam:ListUsers 1, iam:GetAccountAuthorizationDetails 0.5,
            s3:GetBucketPolicy 5, s3:GetBucketAcl 4, s3:GetBucketVersioning 3, s3:GetBucketEncryption 3,
            s3:GetBucketPublicAccessBlock 3, s3:GetBucketTagging 3, s3:GetBucketLogging 2, s3:GetBucketLifecycle 2,
            s3:GetBucketCors 1, s3:GetBucketReplication 1, s3:GetBucketPolicyStatus 1, s3:GetBucketLocation 2,
            kms:DescribeKey 2, kms:GetKeyRotationStatus 2, kms:GetKeyPolicy 1,
            lambda:GetFunction20150331v2 2, rds:DescribeDBInstances 2, dynamodb:DescribeTable 1,
            dynamodb:DescribeContinuousBackups 1, sns:GetTopicAttributes 1, sqs:GetQueueAttributes 1,
            cloudtrail:DescribeTrails 1, cloudtrail:GetTrailStatus 1, cloudtrail:GetEventSelectors 1
            """);

    static final Profile APPLICATION = Profile.parse("application", """
            kms:Decrypt 14, kms:GenerateDataKey 6, ssm:GetParameter 10, ssm:GetParameters 6,
            ssm:GetParametersByPath 3, secretsmanager:GetSecretValue 10, dynamodb:DescribeTable 5,
            sqs:GetQueueAttributes 4, sns:GetTopicAttributes 1, s3:ListBuckets 2, s3:GetBucketLocation 3,
            logs:CreateLogStream 2, sts:GetCallerIdentity 3, ecr:GetAuthorizationToken 2
            """);

    static final Profile INSTANCE_AGENT = Profile.parse("instance", """
            ssm:UpdateInstanceInformation 30, ssm:ListInstanceAssociations 12, ec2:DescribeInstances 4,
            ec2:DescribeTags 6, ecr:GetAuthorizationToken 4, logs:CreateLogStream 2, logs:DescribeLogStreams 3,
            kms:Decrypt 3, s3:ListBuckets 1, sts:GetCallerIdentity 1, monitoring:DescribeAlarms 0.5
            """);

    static final Profile DEPLOYMENT = Profile.parse("deployment", """
            sts:GetCallerIdentity 10, cloudformation:DescribeStacks 14, cloudformation:DescribeStackEvents 10,
            cloudformation:CreateChangeSet 2, cloudformation:ExecuteChangeSet 1.5, cloudformation:UpdateStack 1,
            lambda:GetFunction20150331v2 6, lambda:UpdateFunctionCode20150331v2 3,
            lambda:UpdateFunctionConfiguration20150331v2 1, ecs:DescribeServices 6, ecs:UpdateService 2,
            ecr:GetAuthorizationToken 6, ecr:DescribeRepositories 2, s3:ListBuckets 2, s3:GetBucketLocation 2,
            ec2:DescribeInstances 6, ec2:DescribeSecurityGroups 6, ec2:DescribeSubnets 3, ec2:DescribeVpcs 3,
            ec2:DescribeImages 2, ec2:DescribeLaunchTemplates 1, ec2:RunInstances 0.6, ec2:TerminateInstances 0.5,
            ec2:CreateTags 1.5, ec2:CreateSecurityGroup 0.3, ec2:AuthorizeSecurityGroupIngress 0.6,
            ec2:AuthorizeSecurityGroupEgress 0.3, ec2:RevokeSecurityGroupIngress 0.3, ec2:DeleteSecurityGroup 0.15,
            iam:GetRole 4, iam:ListAttachedRolePolicies 2, iam:ListRolePolicies 2, iam:GetPolicy 1,
            iam:GetPolicyVersion 1, iam:CreateRole 0.15, iam:AttachRolePolicy 0.25, iam:PutRolePolicy 0.2,
            iam:CreatePolicyVersion 0.1, s3:GetBucketPolicy 2, s3:PutBucketPolicy 0.25, s3:PutBucketTagging 0.3,
            s3:PutBucketEncryption 0.08, s3:PutBucketVersioning 0.08, s3:GetBucketVersioning 1,
            logs:DescribeLogGroups 2, logs:CreateLogGroup 0.2, logs:PutRetentionPolicy 0.2,
            ssm:GetParameter 3, ssm:PutParameter 0.4, kms:DescribeKey 1, kms:ListAliases 1,
            dynamodb:DescribeTable 2, dynamodb:UpdateTable 0.1, sqs:GetQueueAttributes 1, sns:GetTopicAttributes 1,
            rds:DescribeDBInstances 1, rds:ModifyDBInstance 0.05, monitoring:PutMetricAlarm 0.2
            """);

    static final Profile STACK_ACTIONS = Profile.parse("cloudformation", """
            ec2:CreateSecurityGroup 2, ec2:AuthorizeSecurityGroupIngress 3, ec2:AuthorizeSecurityGroupEgress 1,
            ec2:RevokeSecurityGroupEgress 1, ec2:DeleteSecurityGroup 1, ec2:DescribeSecurityGroups 4,
            ec2:CreateTags 2, ec2:RunInstances 0.5, ec2:DescribeInstances 2, iam:CreateRole 1, iam:GetRole 3,
            iam:PutRolePolicy 1, iam:AttachRolePolicy 1, iam:DeleteRole 0.3, lambda:CreateFunction20150331 1,
            lambda:GetFunction20150331v2 2, lambda:AddPermission20150331v2 0.5, logs:CreateLogGroup 1,
            logs:PutRetentionPolicy 1, sns:CreateTopic 0.3, sqs:CreateQueue 0.3, dynamodb:CreateTable 0.3,
            dynamodb:DescribeTable 1, s3:CreateBucket 0.3, s3:PutBucketPolicy 0.5, s3:PutBucketEncryption 0.3,
            s3:PutBucketPublicAccessBlock 0.3, kms:CreateKey 0.1, kms:CreateAlias 0.1, ec2:CreateNetworkAclEntry 0.2,
            ec2:CreateRoute 0.2, ec2:CreateSubnet 0.1, ec2:CreateRouteTable 0.1
            """);

    static final Profile AUTOSCALING = Profile.parse("autoscaling", """
            ec2:RunInstances 3, ec2:TerminateInstances 3, ec2:DescribeInstances 6, ec2:DescribeInstanceStatus 4,
            ec2:CreateTags 2, ec2:DescribeLaunchTemplates 2, ec2:DescribeSubnets 1
            """);

    static final Profile NETWORK_INTERFACES = Profile.parse("network-interfaces", """
            ec2:CreateNetworkInterface 5, ec2:DeleteNetworkInterface 4, ec2:DescribeNetworkInterfaces 8,
            ec2:ModifyNetworkInterfaceAttribute 2, ec2:DescribeSecurityGroups 2, ec2:DescribeSubnets 2
            """);

    static final Profile BACKUP = Profile.parse("backup", """
            ec2:CreateSnapshot 4, ec2:DescribeVolumes 6, ec2:DescribeSnapshots 6, ec2:CreateTags 3,
            rds:CreateDBSnapshot 2, rds:DescribeDBSnapshots 3, rds:DescribeDBInstances 2, dynamodb:DescribeTable 2,
            dynamodb:DescribeContinuousBackups 1, kms:DescribeKey 1
            """);

    static final Profile SECURITY_SCANNER = Profile.parse("scanner", """
            iam:GetAccountAuthorizationDetails 2, iam:ListUsers 3, iam:ListRoles 3, iam:ListPolicies 2,
            iam:GetAccountPasswordPolicy 2, iam:GetAccountSummary 2, iam:ListAccessKeys 4, iam:ListMFADevices 4,
            iam:ListAttachedUserPolicies 3, iam:ListAttachedRolePolicies 3, iam:GetPolicyVersion 2,
            s3:ListBuckets 3, s3:GetBucketAcl 4, s3:GetBucketPolicy 4, s3:GetBucketPublicAccessBlock 4,
            s3:GetBucketEncryption 3, s3:GetBucketLogging 3, s3:GetBucketVersioning 3, s3:GetBucketLocation 3,
            ec2:DescribeSecurityGroups 5, ec2:DescribeInstances 4, ec2:DescribeVolumes 2, ec2:DescribeSnapshots 2,
            ec2:DescribeNetworkAcls 2, ec2:DescribeVpcs 2, ec2:DescribeRegions 2, ec2:DescribeImages 1,
            kms:ListKeys 2, kms:GetKeyRotationStatus 2, kms:GetKeyPolicy 1, cloudtrail:DescribeTrails 2,
            cloudtrail:GetTrailStatus 2, cloudtrail:GetEventSelectors 2, logs:DescribeLogGroups 2,
            lambda:ListFunctions20150331 2, rds:DescribeDBInstances 2, sns:ListTopics 1, sqs:ListQueues 1,
            secretsmanager:ListSecrets 1, monitoring:DescribeAlarms 1, sts:GetCallerIdentity 1
            """);

    static final Profile MONITORING = Profile.parse("monitoring", """
            monitoring:GetMetricData 20, monitoring:DescribeAlarms 4, ec2:DescribeInstances 8,
            ec2:DescribeInstanceStatus 3, ec2:DescribeVolumes 2, rds:DescribeDBInstances 3,
            lambda:ListFunctions20150331 3, dynamodb:ListTables 2, dynamodb:DescribeTable 2, sqs:ListQueues 2,
            elasticloadbalancing:DescribeLoadBalancers 3, elasticloadbalancing:DescribeTargetHealth 2,
            ecs:ListClusters 1, ecs:DescribeServices 2, s3:ListBuckets 1, ce:GetCostAndUsage 0.5
            """);

    static final Profile SERVICE_ROLES = Profile.parse("service-roles", "sts:AssumeRole 1");

    static final Profile SERVICE_KMS = Profile.parse("service-kms", "kms:Decrypt 3, kms:GenerateDataKey 2");

    static final Profile SERVICE_EVENTS = Profile.parse("service-events", """
            kms:RotateKey 3, cloudtrail:CreateServiceLinkedChannel 1
            """);

    static final Profile FEDERATED = Profile.parse("federated", """
            s3:ListBuckets 4, s3:GetBucketLocation 2, ec2:DescribeInstances 3, sts:GetCallerIdentity 2,
            lambda:ListFunctions20150331 1, logs:FilterLogEvents 1, cloudformation:DescribeStacks 1,
            ec2:StopInstances 0.1, ec2:StartInstances 0.1
            """);

    static final Profile WEB_IDENTITY = Profile.parse("web-identity", "sts:AssumeRoleWithWebIdentity 1");

    static final Profile SAML_SIGN_IN = Profile.parse("saml", "sts:AssumeRoleWithSAML 1");

    static final Profile CROSS_ACCOUNT = Profile.parse("cross-account", "sts:AssumeRole 1");

    private Profiles() {
    }
}
