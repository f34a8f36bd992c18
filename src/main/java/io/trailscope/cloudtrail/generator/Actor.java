package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Who made a call: one variant per userIdentity shape CloudTrail writes. */
sealed interface Actor {
    /** The userIdentity.type value, or "(none)" for service events, which have no type. */
    String identityType();

    /** The ARN an authorization error names. */
    String arn();

    /** An IAM user with a long-term AKIA key, or, in a console session, a temporary ASIA key. */
    record IamUser(String accountId, String userName, String principalId, String accessKeyId,
                   boolean consoleSession, boolean mfa, long sessionSalt) implements Actor {
        public IamUser {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(userName, "userName is null");
            requireNonNull(principalId, "principalId is null");
            requireNonNull(accessKeyId, "accessKeyId is null");
        }

        IamUser inConsole() {
            return new IamUser(accountId, userName, principalId, accessKeyId, true, mfa, sessionSalt);
        }

        @Override
        public String identityType() {
            return "IAMUser";
        }

        @Override
        public String arn() {
            return "arn:aws:iam::" + accountId + ":user/" + userName;
        }
    }

    /** A role session; invokedBy is set when a service acts with the role on someone's behalf. */
    record RoleSession(Role role, String sessionName, boolean mfa, Optional<String> invokedBy,
                       boolean ec2RoleDelivery, boolean consoleSession, long sessionSalt) implements Actor {
        public RoleSession {
            requireNonNull(role, "role is null");
            requireNonNull(sessionName, "sessionName is null");
            requireNonNull(invokedBy, "invokedBy is null");
        }

        @Override
        public String identityType() {
            return "AssumedRole";
        }

        @Override
        public String arn() {
            return "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + sessionName;
        }
    }

    /** The root user; older console sessions show invokedBy "signin.amazonaws.com". */
    record Root(String accountId, boolean mfa, long sessionSalt, Optional<String> invokedBy) implements Actor {
        public Root {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(invokedBy, "invokedBy is null");
        }

        Root viaSignIn() {
            return new Root(accountId, mfa, sessionSalt, Optional.of("signin.amazonaws.com"));
        }

        @Override
        public String identityType() {
            return "Root";
        }

        @Override
        public String arn() {
            return "arn:aws:iam::" + accountId + ":root";
        }
    }

    /** An AWS service calling with its own identity; its host name is also the source address. */
    record AwsService(String host) implements Actor {
        public AwsService {
            requireNonNull(host, "host is null");
        }

        @Override
        public String identityType() {
            return "AWSService";
        }

        @Override
        public String arn() {
            return host;
        }
    }

    /** A federation-token session (GetFederationToken) issued to an IAM user. */
    record Federated(IamUser issuer, String name) implements Actor {
        public Federated {
            requireNonNull(issuer, "issuer is null");
            requireNonNull(name, "name is null");
        }

        @Override
        public String identityType() {
            return "FederatedUser";
        }

        @Override
        public String arn() {
            return "arn:aws:sts::" + issuer.accountId() + ":federated-user/" + name;
        }
    }

    /** The caller of AssumeRoleWithSAML. */
    record SamlUser(String userName, String principalId, String identityProvider) implements Actor {
        public SamlUser {
            requireNonNull(userName, "userName is null");
            requireNonNull(principalId, "principalId is null");
            requireNonNull(identityProvider, "identityProvider is null");
        }

        @Override
        public String identityType() {
            return "SAMLUser";
        }

        @Override
        public String arn() {
            return userName;
        }
    }

    /** The caller of AssumeRoleWithWebIdentity, e.g. a GitHub Actions workflow. */
    record WebIdentityUser(String userName, String principalId, String identityProvider) implements Actor {
        public WebIdentityUser {
            requireNonNull(userName, "userName is null");
            requireNonNull(principalId, "principalId is null");
            requireNonNull(identityProvider, "identityProvider is null");
        }

        @Override
        public String identityType() {
            return "WebIdentityUser";
        }

        @Override
        public String arn() {
            return userName;
        }
    }

    /** A principal of another account, as CloudTrail shows it in the called account. */
    record OtherAccount(String accountId, String principalId) implements Actor {
        public OtherAccount {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(principalId, "principalId is null");
        }

        @Override
        public String identityType() {
            return "AWSAccount";
        }

        @Override
        public String arn() {
            return "arn:aws:iam::" + accountId + ":root";
        }
    }

    /** A console sign-in with a user name the account does not have: CloudTrail hides what was typed. */
    record HiddenUser(String accountId) implements Actor {
        public HiddenUser {
            requireNonNull(accountId, "accountId is null");
        }

        @Override
        public String identityType() {
            return "IAMUser";
        }

        @Override
        public String arn() {
            return "";
        }
    }

    /** AWS itself (AwsServiceEvent): userIdentity has only accountId and invokedBy "AWS Internal". */
    record AwsInternal(String accountId) implements Actor {
        public AwsInternal {
            requireNonNull(accountId, "accountId is null");
        }

        @Override
        public String identityType() {
            return "(none)";
        }

        @Override
        public String arn() {
            return "AWS Internal";
        }
    }
}
