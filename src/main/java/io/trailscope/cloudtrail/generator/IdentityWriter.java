package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the userIdentity object for each actor shape, field order as CloudTrail writes it. */
final class IdentityWriter {
    private static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

    private IdentityWriter() {
    }

    static void write(JsonGenerator json, Actor actor, long eventTime) throws IOException {
        json.writeFieldName(Keys.USER_IDENTITY);
        json.writeStartObject();
        if (actor instanceof Actor.IamUser user) {
            iamUser(json, user, eventTime);
        } else if (actor instanceof Actor.RoleSession session) {
            roleSession(json, session, eventTime);
        } else if (actor instanceof Actor.Root root) {
            root(json, root, eventTime);
        } else if (actor instanceof Actor.AwsService service) {
            Keys.put(json, Keys.TYPE, "AWSService");
            Keys.put(json, Keys.INVOKED_BY, service.host());
        } else if (actor instanceof Actor.Federated federated) {
            federated(json, federated, eventTime);
        } else if (actor instanceof Actor.SamlUser saml) {
            external(json, "SAMLUser", saml.principalId(), saml.userName(), saml.identityProvider());
        } else if (actor instanceof Actor.WebIdentityUser web) {
            external(json, "WebIdentityUser", web.principalId(), web.userName(), web.identityProvider());
        } else if (actor instanceof Actor.OtherAccount other) {
            Keys.put(json, Keys.TYPE, "AWSAccount");
            Keys.put(json, Keys.PRINCIPAL_ID, other.principalId());
            Keys.put(json, Keys.ACCOUNT_ID, other.accountId());
        } else if (actor instanceof Actor.HiddenUser hidden) {
            Keys.put(json, Keys.TYPE, Keys.IAM_USER);
            Keys.put(json, Keys.ACCOUNT_ID, hidden.accountId());
            Keys.put(json, Keys.ACCESS_KEY_ID, "");
            Keys.put(json, Keys.USER_NAME, HIDDEN);
        } else if (actor instanceof Actor.AwsInternal internal) {
            Keys.put(json, Keys.ACCOUNT_ID, internal.accountId());
            Keys.put(json, Keys.INVOKED_BY, "AWS Internal");
        }
        json.writeEndObject();
    }

    private static void iamUser(JsonGenerator json, Actor.IamUser user, long eventTime) throws IOException {
        Keys.put(json, Keys.TYPE, Keys.IAM_USER);
        Keys.put(json, Keys.PRINCIPAL_ID, user.principalId());
        Keys.put(json, Keys.ARN, user.arn());
        Keys.put(json, Keys.ACCOUNT_ID, user.accountId());
        if (!user.consoleSession()) {
            Keys.put(json, Keys.ACCESS_KEY_ID, user.accessKeyId());
            Keys.put(json, Keys.USER_NAME, user.userName());
            return;
        }
        long sessionStart = Sessions.start(eventTime, user.sessionSalt(), Sessions.CONSOLE_SESSION_SECONDS);
        Keys.put(json, Keys.ACCESS_KEY_ID, Sessions.accessKey(user.sessionSalt(), sessionStart));
        Keys.put(json, Keys.USER_NAME, user.userName());
        sessionContext(json, sessionStart, user.mfa());
        json.writeEndObject();
    }

    private static void roleSession(JsonGenerator json, Actor.RoleSession session, long eventTime)
            throws IOException {
        Role role = session.role();
        Keys.put(json, Keys.TYPE, Keys.ASSUMED_ROLE);
        Keys.put(json, Keys.PRINCIPAL_ID, role.principalId() + ":" + session.sessionName());
        Keys.put(json, Keys.ARN, session.arn());
        Keys.put(json, Keys.ACCOUNT_ID, role.accountId());
        long length = session.consoleSession() ? Sessions.CONSOLE_SESSION_SECONDS : Sessions.ROLE_SESSION_SECONDS;
        long sessionStart = Sessions.start(eventTime, session.sessionSalt(), length);
        if (session.invokedBy().isEmpty()) {
            Keys.put(json, Keys.ACCESS_KEY_ID, Sessions.accessKey(session.sessionSalt(), sessionStart));
        }
        json.writeFieldName(Keys.SESSION_CONTEXT);
        json.writeStartObject();
        json.writeFieldName(Keys.SESSION_ISSUER);
        json.writeStartObject();
        Keys.put(json, Keys.TYPE, Keys.ROLE);
        Keys.put(json, Keys.PRINCIPAL_ID, role.principalId());
        Keys.put(json, Keys.ARN, role.arn());
        Keys.put(json, Keys.ACCOUNT_ID, role.accountId());
        Keys.put(json, Keys.USER_NAME, role.name());
        json.writeEndObject();
        json.writeFieldName(Keys.WEB_ID_FEDERATION_DATA);
        json.writeStartObject();
        json.writeEndObject();
        attributes(json, sessionStart, session.mfa());
        if (session.ec2RoleDelivery()) {
            json.writeStringField("ec2RoleDelivery", "2.0");
        }
        json.writeEndObject();
        if (session.invokedBy().isPresent()) {
            Keys.put(json, Keys.INVOKED_BY, session.invokedBy().get());
        }
    }

    private static void root(JsonGenerator json, Actor.Root root, long eventTime) throws IOException {
        long sessionStart = Sessions.start(eventTime, root.sessionSalt(), Sessions.CONSOLE_SESSION_SECONDS);
        Keys.put(json, Keys.TYPE, "Root");
        Keys.put(json, Keys.PRINCIPAL_ID, root.accountId());
        Keys.put(json, Keys.ARN, root.arn());
        Keys.put(json, Keys.ACCOUNT_ID, root.accountId());
        Keys.put(json, Keys.ACCESS_KEY_ID, Sessions.accessKey(root.sessionSalt(), sessionStart));
        sessionContext(json, sessionStart, root.mfa());
        json.writeEndObject();
        if (root.invokedBy().isPresent()) {
            Keys.put(json, Keys.INVOKED_BY, root.invokedBy().get());
        }
    }

    private static void federated(JsonGenerator json, Actor.Federated federated, long eventTime)
            throws IOException {
        Actor.IamUser issuer = federated.issuer();
        long salt = SeededRandom.hash(issuer.sessionSalt(), federated.name().hashCode());
        long sessionStart = Sessions.start(eventTime, salt, Sessions.CONSOLE_SESSION_SECONDS);
        Keys.put(json, Keys.TYPE, "FederatedUser");
        Keys.put(json, Keys.PRINCIPAL_ID, issuer.accountId() + ":" + federated.name());
        Keys.put(json, Keys.ARN, federated.arn());
        Keys.put(json, Keys.ACCOUNT_ID, issuer.accountId());
        Keys.put(json, Keys.ACCESS_KEY_ID, Sessions.accessKey(salt, sessionStart));
        json.writeFieldName(Keys.SESSION_CONTEXT);
        json.writeStartObject();
        json.writeFieldName(Keys.SESSION_ISSUER);
        json.writeStartObject();
        Keys.put(json, Keys.TYPE, Keys.IAM_USER);
        Keys.put(json, Keys.PRINCIPAL_ID, issuer.principalId());
        Keys.put(json, Keys.ARN, issuer.arn());
        Keys.put(json, Keys.ACCOUNT_ID, issuer.accountId());
        Keys.put(json, Keys.USER_NAME, issuer.userName());
        json.writeEndObject();
        json.writeFieldName(Keys.WEB_ID_FEDERATION_DATA);
        json.writeStartObject();
        json.writeEndObject();
        attributes(json, sessionStart, false);
        json.writeEndObject();
    }

    private static void external(JsonGenerator json, String type, String principalId, String userName,
                                 String identityProvider) throws IOException {
        Keys.put(json, Keys.TYPE, type);
        Keys.put(json, Keys.PRINCIPAL_ID, principalId);
        Keys.put(json, Keys.USER_NAME, userName);
        json.writeStringField("identityProvider", identityProvider);
    }

    /** Opens sessionContext with empty issuer and federation data, as for users and root; caller closes it. */
    private static void sessionContext(JsonGenerator json, long sessionStart, boolean mfa) throws IOException {
        json.writeFieldName(Keys.SESSION_CONTEXT);
        json.writeStartObject();
        json.writeFieldName(Keys.SESSION_ISSUER);
        json.writeStartObject();
        json.writeEndObject();
        json.writeFieldName(Keys.WEB_ID_FEDERATION_DATA);
        json.writeStartObject();
        json.writeEndObject();
        attributes(json, sessionStart, mfa);
    }

    private static void attributes(JsonGenerator json, long sessionStart, boolean mfa) throws IOException {
        json.writeFieldName(Keys.ATTRIBUTES);
        json.writeStartObject();
        Keys.put(json, Keys.CREATION_DATE, TimeText.iso(sessionStart));
        Keys.put(json, Keys.MFA_AUTHENTICATED, mfa ? Keys.TRUE : Keys.FALSE);
        json.writeEndObject();
    }
}
