package io.trailscope.cloudtrail.generator;

/**
 * Which calls fail and how, with the errorCode and errorMessage each service really uses: S3's "NoSuch..."
 * answers to configuration scanners, EC2's "Client." prefix, IAM's AccessDenied wording, and so on.
 */
final class ErrorModel {
    private ErrorModel() {
    }

    /** The everyday failures of an operation; most calls succeed. */
    static Outcome baseline(SeededRandom random, Operation operation, Actor actor, StreamContext context,
                            boolean person) {
        double draw = random.nextDouble();
        if (operation.name().equals("GetSessionToken") && actor instanceof Actor.RoleSession) {
            return Outcome.error("AccessDenied", "Cannot call GetSessionToken with session credentials");
        }
        double notFound = notFoundRate(operation);
        if (draw < notFound) {
            return notFound(random, operation, context);
        }
        double denied = deniedRate(operation, person);
        if (draw < notFound + denied && canBeDenied(actor)) {
            return accessDenied(random, operation, actor, context);
        }
        if (draw < notFound + denied + (person ? 0.001 : 0.003)) {
            return throttled(operation);
        }
        return Outcome.SUCCESS;
    }

    /** People try things they may not do, changes more than reads; automation rarely does. */
    private static double deniedRate(Operation operation, boolean person) {
        if (!person) {
            return 0.0015;
        }
        return operation.readOnly() ? 0.004 : 0.012;
    }

    static boolean canBeDenied(Actor actor) {
        return actor instanceof Actor.IamUser || actor instanceof Actor.RoleSession || actor instanceof Actor.Federated
                || actor instanceof Actor.OtherAccount;
    }

    /** An authorization failure in the words of the operation's service. */
    static Outcome accessDenied(SeededRandom random, Operation operation, Actor actor, StreamContext context) {
        String action = operation.iamAction();
        String because = " because no identity-based policy allows the " + action + " action";
        return switch (operation.service()) {
            case "ec2" -> operation.readOnly()
                    ? Outcome.error("Client.UnauthorizedOperation", "You are not authorized to perform this operation. User: "
                            + actor.arn() + " is not authorized to perform: " + action + because)
                    : Outcome.error("Client.UnauthorizedOperation", "You are not authorized to perform this operation. User: "
                            + actor.arn() + " is not authorized to perform: " + action + " on resource: arn:aws:ec2:"
                            + context.region() + ":" + context.accountId() + ":instance/*" + because
                            + ". Encoded authorization failure message: " + Ids.base64(random, "", 240).replace('+', '-')
                            .replace('/', '_'));
            case "s3" -> Outcome.error("AccessDenied", "Access Denied");
            case "sqs" -> Outcome.error("AccessDenied",
                    "Access to the resource https://sqs." + context.region() + ".amazonaws.com/ is denied.");
            case "sns" -> Outcome.error("AuthorizationError", "User: " + actor.arn() + " is not authorized to perform: "
                    + "SNS:" + operation.name() + " on resource: " + context.pool().pick(random, context.pool().topics)
                    + because.replace(action, "SNS:" + operation.name()));
            case "kms", "lambda", "logs", "ssm", "dynamodb", "secretsmanager", "ecs", "ecr", "ce" ->
                    Outcome.error("AccessDeniedException", "User: " + actor.arn() + " is not authorized to perform: " + action
                            + resource(random, operation, context) + because);
            default -> Outcome.error("AccessDenied", "User: " + actor.arn() + " is not authorized to perform: " + action
                    + resource(random, operation, context) + because);
        };
    }

    private static String resource(SeededRandom random, Operation operation, StreamContext context) {
        ResourcePool pool = context.pool();
        String account = context.accountId();
        String region = context.region();
        return switch (operation.service()) {
            case "iam" -> " on resource: arn:aws:iam::" + account + ":" + iamResourceType(operation.name());
            case "sts" -> " on resource: " + random.pick(context.account().roles()).arn();
            case "kms" -> " on resource: " + pool.keyArn(pool.key(random));
            case "secretsmanager" -> " on resource: " + pool.pick(random, pool.secrets);
            case "ssm" -> " on resource: arn:aws:ssm:" + region + ":" + account + ":parameter"
                    + pool.pick(random, pool.parameters);
            case "lambda" -> " on resource: arn:aws:lambda:" + region + ":" + account + ":function:"
                    + pool.pick(random, pool.functions);
            case "dynamodb" -> " on resource: arn:aws:dynamodb:" + region + ":" + account + ":table/"
                    + pool.pick(random, pool.tables);
            case "cloudtrail" -> " on resource: " + context.trailArn();
            case "logs" -> " on resource: arn:aws:logs:" + region + ":" + account + ":log-group:"
                    + pool.pick(random, pool.logGroups) + ":log-stream:";
            default -> "";
        };
    }

    private static String iamResourceType(String eventName) {
        if (eventName.contains("Role")) {
            return "role/";
        }
        if (eventName.contains("Polic")) {
            return "policy/";
        }
        return "user/";
    }

    private static double notFoundRate(Operation operation) {
        return switch (operation.name()) {
            case "GetBucketPolicy", "GetBucketPolicyStatus" -> 0.35;
            case "GetBucketEncryption" -> 0.08;
            case "GetBucketLifecycle" -> 0.4;
            case "GetBucketCors" -> 0.6;
            case "GetBucketReplication" -> 0.7;
            case "GetBucketTagging" -> 0.3;
            case "GetParameter", "DescribeTable", "GetFunction20150331v2", "GetSecretValue" -> 0.015;
            case "GetUser", "GetRole" -> 0.02;
            case "CreateLogGroup", "AuthorizeSecurityGroupIngress", "CreateUser" -> 0.06;
            case "CreateLogStream" -> 0.03;
            case "DeleteSecurityGroup" -> 0.1;
            case "StopInstances", "StartInstances", "DescribeStacks" -> 0.03;
            case "TerminateInstances", "RunInstances", "Decrypt" -> 0.01;
            default -> 0;
        };
    }

    private static Outcome notFound(SeededRandom random, Operation operation, StreamContext context) {
        ResourcePool pool = context.pool();
        return switch (operation.name()) {
            case "GetBucketPolicy", "GetBucketPolicyStatus" ->
                    Outcome.error("NoSuchBucketPolicy", "The bucket policy does not exist");
            case "GetBucketEncryption" -> Outcome.error("ServerSideEncryptionConfigurationNotFoundError",
                    "The server side encryption configuration was not found");
            case "GetBucketLifecycle" ->
                    Outcome.error("NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist");
            case "GetBucketCors" -> Outcome.error("NoSuchCORSConfiguration", "The CORS configuration does not exist");
            case "GetBucketReplication" ->
                    Outcome.error("ReplicationConfigurationNotFoundError", "The replication configuration was not found");
            case "GetBucketTagging" -> Outcome.error("NoSuchTagSet", "The TagSet does not exist");
            case "GetParameter" -> Outcome.codeOnly("ParameterNotFound");
            case "Decrypt" -> Outcome.codeOnly("InvalidCiphertextException");
            case "DescribeTable" -> Outcome.error("ResourceNotFoundException", "Requested resource not found: Table: "
                    + pool.pick(random, pool.tables) + "-old not found");
            case "GetFunction20150331v2" -> Outcome.error("ResourceNotFoundException", "Function not found: arn:aws:lambda:"
                    + context.region() + ":" + context.accountId() + ":function:" + pool.pick(random, pool.functions) + "-v1");
            case "GetSecretValue" ->
                    Outcome.error("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
            case "GetUser" -> Outcome.error("NoSuchEntityException", "The user with name "
                    + pool.pick(random, pool.userNames) + "-old cannot be found.");
            case "GetRole" -> Outcome.error("NoSuchEntityException", "The role with name "
                    + pool.pick(random, pool.roleNames) + "-legacy cannot be found.");
            case "CreateUser" -> Outcome.error("EntityAlreadyExistsException", "User with name "
                    + pool.pick(random, pool.userNames) + " already exists.");
            case "CreateLogGroup" -> Outcome.error("ResourceAlreadyExistsException", "The specified log group already exists");
            case "CreateLogStream" ->
                    Outcome.error("ResourceAlreadyExistsException", "The specified log stream already exists");
            case "AuthorizeSecurityGroupIngress" -> Outcome.error("Client.InvalidPermission.Duplicate",
                    "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW\" already exists");
            case "DeleteSecurityGroup" -> Outcome.error("Client.DependencyViolation",
                    "resource " + pool.securityGroup(random).id() + " has a dependent object");
            case "StopInstances" -> Outcome.error("Client.IncorrectInstanceState", "This instance '"
                    + pool.instance(random).id() + "' is not in a state from which it can be stopped.");
            case "StartInstances" -> Outcome.error("Client.IncorrectInstanceState", "The instance '"
                    + pool.instance(random).id() + "' is not in a state from which it can be started.");
            case "TerminateInstances" -> Outcome.error("Client.InvalidInstanceID.NotFound", "The instance ID '"
                    + Ids.hex(random, "i-0", 16) + "' does not exist");
            case "RunInstances" -> Outcome.error("Server.InsufficientInstanceCapacity",
                    "We currently do not have sufficient capacity in the Availability Zone you requested ("
                            + context.region() + "e). Our system will be working on provisioning additional capacity.");
            case "DescribeStacks" -> Outcome.error("ValidationError", "Stack with id "
                    + pool.pick(random, pool.stacks) + "-old does not exist");
            default -> Outcome.SUCCESS;
        };
    }

    private static Outcome throttled(Operation operation) {
        return switch (operation.service()) {
            case "ec2" -> Outcome.error("Client.RequestLimitExceeded", "Request limit exceeded.");
            case "s3" -> Outcome.error("SlowDown", "Please reduce your request rate.");
            case "iam", "sts", "cloudformation", "rds", "monitoring", "elasticloadbalancing" ->
                    Outcome.error("Throttling", "Rate exceeded");
            default -> Outcome.error("ThrottlingException", "Rate exceeded");
        };
    }
}
