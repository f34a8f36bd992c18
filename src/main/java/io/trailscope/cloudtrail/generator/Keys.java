package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * Pre-encoded field names and constant values of the fields every record has: written as bytes, skipping
 * Jackson's per-character escaping, which is most of the cost of a record.
 */
final class Keys {
    static final SerializedString EVENT_VERSION = new SerializedString("eventVersion");
    static final SerializedString USER_IDENTITY = new SerializedString("userIdentity");
    static final SerializedString EVENT_TIME = new SerializedString("eventTime");
    static final SerializedString EVENT_SOURCE = new SerializedString("eventSource");
    static final SerializedString EVENT_NAME = new SerializedString("eventName");
    static final SerializedString AWS_REGION = new SerializedString("awsRegion");
    static final SerializedString SOURCE_IP_ADDRESS = new SerializedString("sourceIPAddress");
    static final SerializedString USER_AGENT = new SerializedString("userAgent");
    static final SerializedString ERROR_CODE = new SerializedString("errorCode");
    static final SerializedString ERROR_MESSAGE = new SerializedString("errorMessage");
    static final SerializedString REQUEST_ID = new SerializedString("requestID");
    static final SerializedString EVENT_ID = new SerializedString("eventID");
    static final SerializedString READ_ONLY = new SerializedString("readOnly");
    static final SerializedString RESOURCES = new SerializedString("resources");
    static final SerializedString EVENT_TYPE = new SerializedString("eventType");
    static final SerializedString MANAGEMENT_EVENT = new SerializedString("managementEvent");
    static final SerializedString RECIPIENT_ACCOUNT_ID = new SerializedString("recipientAccountId");
    static final SerializedString EVENT_CATEGORY = new SerializedString("eventCategory");
    static final SerializedString MANAGEMENT = new SerializedString("Management");
    static final SerializedString TLS_DETAILS = new SerializedString("tlsDetails");
    static final SerializedString TLS_VERSION = new SerializedString("tlsVersion");
    static final SerializedString CIPHER_SUITE = new SerializedString("cipherSuite");
    static final SerializedString CLIENT_HOST = new SerializedString("clientProvidedHostHeader");
    static final SerializedString TYPE = new SerializedString("type");
    static final SerializedString PRINCIPAL_ID = new SerializedString("principalId");
    static final SerializedString ARN = new SerializedString("arn");
    static final SerializedString ACCOUNT_ID = new SerializedString("accountId");
    static final SerializedString ACCESS_KEY_ID = new SerializedString("accessKeyId");
    static final SerializedString USER_NAME = new SerializedString("userName");
    static final SerializedString INVOKED_BY = new SerializedString("invokedBy");
    static final SerializedString SESSION_CONTEXT = new SerializedString("sessionContext");
    static final SerializedString SESSION_ISSUER = new SerializedString("sessionIssuer");
    static final SerializedString WEB_ID_FEDERATION_DATA = new SerializedString("webIdFederationData");
    static final SerializedString ATTRIBUTES = new SerializedString("attributes");
    static final SerializedString CREATION_DATE = new SerializedString("creationDate");
    static final SerializedString MFA_AUTHENTICATED = new SerializedString("mfaAuthenticated");

    static final SerializedString REQUEST_PARAMETERS = new SerializedString("requestParameters");
    static final SerializedString RESPONSE_ELEMENTS = new SerializedString("responseElements");
    static final SerializedString ROLE = new SerializedString("Role");
    static final SerializedString ASSUMED_ROLE = new SerializedString("AssumedRole");
    static final SerializedString IAM_USER = new SerializedString("IAMUser");
    static final SerializedString TRUE = new SerializedString("true");
    static final SerializedString FALSE = new SerializedString("false");

    private Keys() {
    }

    static void put(JsonGenerator json, SerializedString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    static void put(JsonGenerator json, SerializedString name, SerializedString value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }
}
