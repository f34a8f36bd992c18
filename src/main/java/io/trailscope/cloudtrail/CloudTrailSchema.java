package io.trailscope.cloudtrail;

import static io.trailscope.cloudtrail.SchemaField.json;
import static io.trailscope.cloudtrail.SchemaField.map;
import static io.trailscope.cloudtrail.SchemaField.struct;
import static io.trailscope.cloudtrail.SchemaField.structList;
import static io.trailscope.cloudtrail.SchemaField.text;

import java.util.List;

/**
 * The single source of truth for the shape of a stored CloudTrail event: the Athena CloudTrail
 * table's columns, in its order, followed by trailscope's typed helper columns.
 */
public final class CloudTrailSchema {
    public static final String TABLE = "cloudtrail_logs";

    public static final SchemaField SESSION_ISSUER = struct("sessionIssuer",
            text("type"), text("principalId"), text("arn"), text("accountId"), text("userName"));

    public static final SchemaField USER_IDENTITY = struct("userIdentity",
            text("type"), text("principalId"), text("arn"), text("accountId"), text("invokedBy"),
            text("accessKeyId"), text("userName"),
            struct("onBehalfOf", text("userId"), text("identityStoreArn")),
            struct("sessionContext",
                    struct("attributes", text("mfaAuthenticated"), text("creationDate")),
                    SESSION_ISSUER,
                    text("ec2RoleDelivery"),
                    text("sourceIdentity"),
                    struct("webIdFederationData", text("federatedProvider"), map("attributes"))),
            text("identityProvider"),
            text("credentialId"));

    /** The event's top-level fields, in the Athena table's column order. */
    public static final ColumnType.Struct EVENT = new ColumnType.Struct(List.of(
            text("eventVersion"),
            USER_IDENTITY,
            text("eventTime"),
            text("eventSource"),
            text("eventName"),
            text("awsRegion"),
            text("sourceIPAddress"),
            text("userAgent"),
            text("errorCode"),
            text("errorMessage"),
            json("requestParameters"),
            json("responseElements"),
            json("additionalEventData"),
            text("requestID"),
            text("eventID"),
            text("readOnly"),
            structList("resources", text("ARN"), text("accountId"), text("type")),
            text("eventType"),
            text("apiVersion"),
            text("managementEvent"),
            text("recipientAccountId"),
            json("serviceEventDetails"),
            text("sharedEventID"),
            text("vpcEndpointId"),
            text("vpcEndpointAccountId"),
            text("eventCategory"),
            struct("addendum", text("reason"), text("updatedFields"), text("originalRequestID"),
                    text("originalEventID")),
            text("sessionCredentialFromConsole"),
            json("edgeDeviceDetails"),
            struct("tlsDetails", text("tlsVersion"), text("cipherSuite"), text("clientProvidedHostHeader")),
            json("insightDetails")));

    /** Helper column: the event time as a UTC timestamp (NULL when eventTime does not parse). */
    public static final String EVENT_TIMESTAMP = "event_timestamp";
    /** Helper column: the UTC date of the event. */
    public static final String EVENT_DATE = "event_date";
    /** Helper column: top-level and nested keys outside the schema, as a JSON object, so nothing is lost. */
    public static final String EXTRA_FIELDS = "extra_fields";
    /** Helper column: the manifest id of the file the event was read from. */
    public static final String SOURCE_FILE_ID = "source_file_id";

    private CloudTrailSchema() {
    }

    public static int indexOf(String jsonName) {
        for (int i = 0; i < EVENT.fields().size(); i++) {
            if (EVENT.fields().get(i).jsonName().equals(jsonName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such field: " + jsonName);
    }

    public static final int EVENT_ID = indexOf("eventID");
    public static final int EVENT_TIME = indexOf("eventTime");
    public static final int EVENT_TYPE = indexOf("eventType");
}
