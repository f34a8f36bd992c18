package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * ConsoleLogin records. Success or failure is in responseElements.ConsoleLogin; a failure carries
 * errorMessage and no errorCode. MFA use is in additionalEventData.MFAUsed.
 */
final class ConsoleLoginShapes {
    private ConsoleLoginShapes() {
    }

    /** Sign-in identities differ from API-call ones: no access key for a success, no ARN for a failed user. */
    static void identity(JsonGenerator json, EventDraft draft) throws IOException {
        Actor actor = draft.actor();
        boolean failed = draft.outcome().failed();
        if (actor instanceof Actor.IamUser user) {
            json.writeFieldName("userIdentity");
            json.writeStartObject();
            json.writeStringField("type", "IAMUser");
            json.writeStringField("principalId", user.principalId());
            if (!failed) {
                json.writeStringField("arn", user.arn());
            }
            json.writeStringField("accountId", user.accountId());
            if (failed) {
                json.writeStringField("accessKeyId", "");
            }
            json.writeStringField("userName", user.userName());
            json.writeEndObject();
            return;
        }
        if (actor instanceof Actor.Root root) {
            json.writeFieldName("userIdentity");
            json.writeStartObject();
            json.writeStringField("type", "Root");
            json.writeStringField("principalId", root.accountId());
            json.writeStringField("arn", root.arn());
            json.writeStringField("accountId", root.accountId());
            json.writeStringField("accessKeyId", "");
            json.writeEndObject();
            return;
        }
        IdentityWriter.write(json, actor, draft.time());
    }

    static void write(EventScope scope) throws IOException {
        JsonGenerator json = scope.json();
        EventDraft draft = scope.draft();
        Actor actor = draft.actor();
        scope.nullRequest();
        json.writeFieldName("responseElements");
        json.writeStartObject();
        json.writeStringField("ConsoleLogin", draft.outcome().failed() ? "Failure" : "Success");
        json.writeEndObject();
        json.writeFieldName("additionalEventData");
        json.writeStartObject();
        if (actor instanceof Actor.RoleSession session) {
            if (session.role().name().startsWith("SAML")) {
                json.writeStringField("LoginTo", "https://console.aws.amazon.com/console/home");
                json.writeStringField("MobileVersion", "No");
                json.writeStringField("MFAUsed", "No");
                json.writeStringField("SamlProviderArn", "arn:aws:iam::" + scope.accountId() + ":saml-provider/"
                        + scope.context().account().samlProvider());
            } else {
                json.writeStringField("MobileVersion", "No");
                json.writeStringField("MFAUsed", "No");
            }
            json.writeEndObject();
            return;
        }
        json.writeStringField("LoginTo", "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true"
                + "&state=hashArgsFromTB_" + scope.region() + "_" + Ids.hex(scope.random(), "", 16));
        json.writeStringField("MobileVersion", "No");
        boolean mfa = mfa(actor);
        if (mfa) {
            json.writeStringField("MFAIdentifier", mfaDevice(actor, scope.accountId()));
        }
        json.writeStringField("MFAUsed", mfa ? "Yes" : "No");
        json.writeEndObject();
    }

    private static boolean mfa(Actor actor) {
        if (actor instanceof Actor.IamUser user) {
            return user.mfa();
        }
        if (actor instanceof Actor.Root root) {
            return root.mfa();
        }
        return false;
    }

    private static String mfaDevice(Actor actor, String accountId) {
        if (actor instanceof Actor.IamUser user) {
            return "arn:aws:iam::" + accountId + ":mfa/" + user.userName();
        }
        return "arn:aws:iam::" + accountId + ":mfa/root-account-mfa-device";
    }
}
