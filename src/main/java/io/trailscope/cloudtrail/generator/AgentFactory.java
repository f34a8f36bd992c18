package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The automation of one account: service-linked roles, applications, instances, CI/CD, scanners, AWS itself. */
final class AgentFactory {
    /** Services that assume roles for the resources they run (functions, tasks, instance profiles). */
    private static final List<String> ROLE_HOSTS =
            List.of("lambda.amazonaws.com", "lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "ec2.amazonaws.com");
    /** Services that call KMS with their own identity on a customer's behalf. */
    private static final List<String> KMS_HOSTS =
            List.of("secretsmanager.amazonaws.com", "s3.amazonaws.com", "ssm.amazonaws.com", "rds.amazonaws.com");

    private final SeededRandom random;
    private final String environment;
    private final BiFunction<String, String, Role> roles;
    private final List<Agent> agents = new ArrayList<>();

    private AgentFactory(SeededRandom random, String environment, BiFunction<String, String, Role> roles) {
        this.random = random;
        this.environment = environment;
        this.roles = roles;
    }

    static List<Agent> create(SeededRandom random, String accountId, String environment,
                              BiFunction<String, String, Role> roles, List<Actor.IamUser> serviceUsers,
                              String partnerAccountId) {
        return new AgentFactory(random, environment, roles).build(accountId, serviceUsers, partnerAccountId);
    }

    private List<Agent> build(String accountId, List<Actor.IamUser> serviceUsers, String partnerAccountId) {
        serviceLinked("AWSServiceRoleForConfig", "config.amazonaws.com", "AWSConfig-Describe",
                Profiles.CONFIG_RECORDER, 10);
        serviceLinked("AWSServiceRoleForAutoScaling", "autoscaling.amazonaws.com", "AutoScaling",
                Profiles.AUTOSCALING, 1.5);
        serviceLinked("AWSServiceRoleForECS", "ecs.amazonaws.com", "ecs-service-scheduler",
                Profiles.NETWORK_INTERFACES, 1.5);
        serviceActing(roles.apply("AWSBackupDefaultServiceRole", "/service-role/"), "backup.amazonaws.com",
                "AWSBackup-AWSBackupDefaultServiceRole", Profiles.BACKUP, 1);
        serviceActing(roles.apply(environment + "-cfn-exec-role", "/"), "cloudformation.amazonaws.com",
                "AWSCloudFormation", Profiles.STACK_ACTIONS, 1.5);
        List<Actor> functions = new ArrayList<>();
        List<Actor> tasks = new ArrayList<>();
        for (String app : ResourcePool.APPLICATIONS.subList(0, 8)) {
            Role lambdaRole = roles.apply(environment + "-" + app + "-lambda-role", "/service-role/");
            functions.add(session(lambdaRole, environment + "-" + app + "-handler", false));
            Role taskRole = roles.apply(environment + "-" + app + "-task-role", "/");
            tasks.add(session(taskRole, Ids.hex(random, "", 32), false));
        }
        add("lambda-functions", functions, Profiles.APPLICATION, Agent.Origin.AWS_ADDRESS,
                List.of(UserAgents.BOTO3_LAMBDA, UserAgents.NODE_LAMBDA), List.of(), 14, 0.25);
        add("ecs-tasks", tasks, Profiles.APPLICATION, Agent.Origin.AWS_ADDRESS, List.of(UserAgents.JAVA_SDK),
                List.of(), 7, 0.6);
        Role instanceRole = roles.apply(environment + "-ec2-instance-role", "/");
        List<Actor> instances = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            instances.add(new Actor.RoleSession(instanceRole, Ids.hex(random, "i-0", 16), false, Optional.empty(),
                    true, false, random.nextLong()));
        }
        add("instances", instances, Profiles.INSTANCE_AGENT, Agent.Origin.AWS_ADDRESS,
                List.of(UserAgents.SSM_AGENT, UserAgents.SSM_AGENT, UserAgents.GO_SDK), List.of(), 11, 0.5);
        Role deployRole = roles.apply("github-actions-deploy", "/");
        List<String> runners = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            runners.add(Networks.ciRunnerAddress(random));
        }
        add("github-actions", List.of(session(deployRole, "GitHubActions", false)), Profiles.DEPLOYMENT,
                Agent.Origin.FIXED_ADDRESSES, List.of(UserAgents.TERRAFORM_V2, UserAgents.CLI_PREFIXES.get(0)),
                runners, 4, 0);
        String repository = "repo:acme/" + environment + "-infrastructure:ref:refs/heads/main";
        String provider = "arn:aws:iam::" + accountId + ":oidc-provider/token.actions.githubusercontent.com";
        add("github-oidc", List.of(new Actor.WebIdentityUser(repository, provider + ":sts.amazonaws.com:" + repository,
                provider)), Profiles.WEB_IDENTITY, Agent.Origin.FIXED_ADDRESSES, List.of(UserAgents.GO_SDK_V2),
                runners, 0.4, 0);
        List<String> dataCentre = List.of(Networks.address(random, "US"), Networks.address(random, "US"));
        add("terraform", List.of(serviceUsers.get(0)), Profiles.DEPLOYMENT, Agent.Origin.FIXED_ADDRESSES,
                List.of(UserAgents.TERRAFORM, UserAgents.TERRAFORM_V2), dataCentre, 2.5, 0);
        add("jenkins", List.of(serviceUsers.get(1)), Profiles.DEPLOYMENT, Agent.Origin.FIXED_ADDRESSES,
                List.of(UserAgents.JAVA_SDK, UserAgents.CLI_PREFIXES.get(0) + "cloudformation.describe-stacks"),
                dataCentre, 1.5, 0);
        List<String> scannerAddresses = List.of(Networks.awsAddress(random, "us-east-1"),
                Networks.awsAddress(random, "us-east-1"), Networks.awsAddress(random, "eu-west-1"));
        Role scannerRole = roles.apply("SecurityAudit-Scanner", "/");
        add("security-scanner", List.of(session(scannerRole, "prowler-" + random.between(1000, 9999), false)),
                Profiles.SECURITY_SCANNER, Agent.Origin.FIXED_ADDRESSES, List.of(UserAgents.BOTO3, UserAgents.GO_SDK),
                scannerAddresses, 3.5, 0);
        Role monitoringRole = roles.apply("DatadogIntegrationRole", "/");
        List<String> saasAddresses = List.of(Networks.awsAddress(random, "us-east-1"),
                Networks.awsAddress(random, "us-east-1"));
        add("monitoring", List.of(session(monitoringRole, "DatadogAWSIntegration", false)), Profiles.MONITORING,
                Agent.Origin.FIXED_ADDRESSES, List.of(UserAgents.GO_SDK), saasAddresses, 5, 0);
        add("service-roles", services(ROLE_HOSTS), Profiles.SERVICE_ROLES, Agent.Origin.SERVICE_HOST, List.of(),
                List.of(), 6, 0);
        add("service-kms", services(KMS_HOSTS), Profiles.SERVICE_KMS, Agent.Origin.SERVICE_HOST, List.of(), List.of(),
                4, 0);
        add("partner-account", List.of(new Actor.OtherAccount(partnerAccountId,
                        Ids.key(random, "AROA", 17) + ":" + "audit-" + Ids.lowerAlphanumeric(random, 8))),
                Profiles.CROSS_ACCOUNT, Agent.Origin.FIXED_ADDRESSES, List.of(UserAgents.BOTO3),
                List.of(Networks.awsAddress(random, "eu-west-1")), 0.5, 0);
        add("aws-internal", List.of(new Actor.AwsInternal(accountId)), Profiles.SERVICE_EVENTS,
                Agent.Origin.AWS_INTERNAL, List.of(), List.of(), 0.03, 0);
        roles.apply("OrganizationAccountAccessRole", "/");
        return List.copyOf(agents);
    }

    private static List<Actor> services(List<String> hosts) {
        List<Actor> services = new ArrayList<>();
        for (String host : hosts) {
            services.add(new Actor.AwsService(host));
        }
        return services;
    }

    private void serviceLinked(String roleName, String host, String sessionName, Profile profile, double weight) {
        serviceActing(roles.apply(roleName, "/aws-service-role/" + host + "/"), host, sessionName, profile, weight);
    }

    private void serviceActing(Role role, String host, String sessionName, Profile profile, double weight) {
        Actor actor = new Actor.RoleSession(role, sessionName, false, Optional.of(host), false, false, random.nextLong());
        add(role.name(), List.of(actor), profile, Agent.Origin.SERVICE_HOST, List.of(), List.of(), weight, 0);
    }

    private Actor.RoleSession session(Role role, String sessionName, boolean mfa) {
        return new Actor.RoleSession(role, sessionName, mfa, Optional.empty(), false, false, random.nextLong());
    }

    private void add(String name, List<Actor> actors, Profile profile, Agent.Origin origin, List<String> userAgents,
                     List<String> addresses, double weight, double endpointShare) {
        agents.add(new Agent(name, actors, profile, origin, userAgents, addresses, weight, endpointShare));
    }
}
