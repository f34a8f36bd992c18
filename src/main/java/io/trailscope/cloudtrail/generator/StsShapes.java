package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** STS: who assumed which role, with the temporary credentials (an ASIA key) in the response. */
final class StsShapes {
    private StsShapes() {
    }

    static void assumeRole(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        Actor actor = scope.draft().actor();
        Role role;
        String sessionName;
        if (actor instanceof Actor.AwsService service) {
            role = serviceRole(scope, service.host());
            sessionName = serviceSession(scope, service.host());
            scope.markShared();
        } else if (actor instanceof Actor.OtherAccount other) {
            role = role(scope, random.chance(0.5) ? "OrganizationAccountAccessRole" : "SecurityAudit-Scanner");
            sessionName = other.principalId().substring(other.principalId().indexOf(':') + 1);
            scope.markShared();
        } else {
            role = role(scope, scope.context().account().environment() + "-admin");
            sessionName = sessionNameOf(actor);
        }
        scope.startRequest();
        scope.field("roleArn", role.arn());
        scope.field("roleSessionName", sessionName);
        scope.field("durationSeconds", actor instanceof Actor.AwsService ? 3600 : random.pick(new Integer[] {900, 3600}));
        if (actor instanceof Actor.IamUser user && user.mfa()) {
            scope.field("serialNumber", "arn:aws:iam::" + scope.accountId() + ":mfa/" + user.userName());
        }
        scope.end();
        if (scope.startResponse()) {
            credentials(scope, 3600);
            assumedRoleUser(scope, role, sessionName);
            scope.end();
        }
        scope.resource("AWS::IAM::Role", role.arn());
    }

    static void sessionToken(EventScope scope) throws IOException {
        Actor actor = scope.draft().actor();
        scope.startRequest();
        scope.field("durationSeconds", 43200);
        if (actor instanceof Actor.IamUser user && user.mfa()) {
            scope.field("serialNumber", "arn:aws:iam::" + scope.accountId() + ":mfa/" + user.userName());
        }
        scope.end();
        if (scope.startResponse()) {
            credentials(scope, 43200);
            scope.end();
        }
    }

    static void federationToken(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        String name = random.pick(List.of("jane", "carlos", "mei", "tom", "ana", "ravi"));
        scope.startRequest();
        scope.field("name", name);
        scope.field("durationSeconds", 43200);
        scope.end();
        if (scope.startResponse()) {
            credentials(scope, 43200);
            scope.json().writeFieldName("federatedUser");
            scope.json().writeStartObject();
            scope.field("federatedUserId", scope.accountId() + ":" + name);
            scope.field("arn", "arn:aws:sts::" + scope.accountId() + ":federated-user/" + name);
            scope.end();
            scope.field("packedPolicySize", random.between(5, 30));
            scope.end();
        }
    }

    static void assumeRoleWithSaml(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        Role role = role(scope, "SAML-Engineers");
        String subject = scope.draft().actor() instanceof Actor.SamlUser saml ? saml.userName() : "unknown";
        String provider = "arn:aws:iam::" + scope.accountId() + ":saml-provider/" + scope.context().account().samlProvider();
        scope.startRequest();
        scope.field("sAMLAssertionID", "_" + Ids.hex(random, "", 32));
        scope.field("roleSessionName", subject);
        scope.field("principalArn", provider);
        scope.field("roleArn", role.arn());
        scope.field("durationSeconds", 3600);
        scope.end();
        if (scope.startResponse()) {
            credentials(scope, 3600);
            assumedRoleUser(scope, role, subject);
            scope.field("subject", subject);
            scope.field("subjectType", "persistent");
            scope.field("issuer", "http://www.okta.com/" + Ids.alphanumeric(random, 20));
            scope.field("audience", "https://signin.aws.amazon.com/saml");
            scope.field("nameQualifier", Ids.base64(random, "", 27) + "=");
            scope.end();
        }
        scope.resource("AWS::IAM::Role", role.arn());
        scope.resource("AWS::IAM::SAMLProvider", provider);
    }

    static void assumeRoleWithWebIdentity(EventScope scope) throws IOException {
        Role role = role(scope, "github-actions-deploy");
        String subject = scope.draft().actor() instanceof Actor.WebIdentityUser web ? web.userName() : "unknown";
        scope.startRequest();
        scope.field("roleArn", role.arn());
        scope.field("roleSessionName", "GitHubActions");
        scope.field("durationSeconds", 3600);
        scope.end();
        if (scope.startResponse()) {
            credentials(scope, 3600);
            scope.field("subjectFromWebIdentityToken", subject);
            assumedRoleUser(scope, role, "GitHubActions");
            scope.field("provider",
                    "arn:aws:iam::" + scope.accountId() + ":oidc-provider/token.actions.githubusercontent.com");
            scope.field("audience", "sts.amazonaws.com");
            scope.end();
        }
        scope.resource("AWS::IAM::Role", role.arn());
    }

    private static void credentials(EventScope scope, int lifetimeSeconds) throws IOException {
        SeededRandom random = scope.random();
        scope.json().writeFieldName("credentials");
        scope.json().writeStartObject();
        scope.field("accessKeyId", Ids.key(random, "ASIA", 16));
        scope.field("sessionToken", Ids.base64(random, "IQoJb3JpZ2luX2VjE", 540));
        scope.field("expiration", TimeText.readable(scope.time() + lifetimeSeconds));
        scope.end();
    }

    private static void assumedRoleUser(EventScope scope, Role role, String sessionName) throws IOException {
        scope.json().writeFieldName("assumedRoleUser");
        scope.json().writeStartObject();
        scope.field("assumedRoleId", role.principalId() + ":" + sessionName);
        scope.field("arn", "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + sessionName);
        scope.end();
    }

    private static Role serviceRole(EventScope scope, String host) {
        String suffix = switch (host) {
            case "lambda.amazonaws.com" -> "-lambda-role";
            case "ecs-tasks.amazonaws.com" -> "-task-role";
            default -> "-ec2-instance-role";
        };
        List<Role> candidates = new ArrayList<>();
        for (Role role : scope.context().account().roles()) {
            if (role.name().endsWith(suffix)) {
                candidates.add(role);
            }
        }
        if (candidates.isEmpty()) {
            return scope.random().pick(scope.context().account().roles());
        }
        return scope.random().pick(candidates);
    }

    private static String serviceSession(EventScope scope, String host) {
        SeededRandom random = scope.random();
        return switch (host) {
            case "lambda.amazonaws.com" -> scope.pool().pick(random, scope.pool().functions);
            case "ecs-tasks.amazonaws.com" -> Ids.hex(random, "", 32);
            default -> scope.pool().instance(random).id();
        };
    }

    private static String sessionNameOf(Actor actor) {
        if (actor instanceof Actor.IamUser user) {
            return user.userName();
        }
        if (actor instanceof Actor.RoleSession session) {
            return session.sessionName();
        }
        return "session";
    }

    static Role role(EventScope scope, String name) {
        for (Role role : scope.context().account().roles()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return scope.context().account().roles().get(0);
    }
}
