package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one event record, top-level fields in the order CloudTrail uses. */
final class EventWriter {
    private final EventScope scope;

    EventWriter(StreamContext context) {
        this.scope = new EventScope(context);
    }

    void write(JsonGenerator json, EventDraft draft) throws IOException {
        scope.begin(json, draft);
        Operation operation = draft.operation();
        Category category = operation.category();
        String eventId = Ids.uuid(scope.random());
        json.writeStartObject();
        Keys.put(json, Keys.EVENT_VERSION, operation.eventVersion(draft.time()));
        if (category == Category.CONSOLE_LOGIN) {
            ConsoleLoginShapes.identity(json, draft);
        } else {
            IdentityWriter.write(json, draft.actor(), draft.time());
        }
        Keys.put(json, Keys.EVENT_TIME, TimeText.iso(draft.time()));
        Keys.put(json, Keys.EVENT_SOURCE, operation.eventSource());
        Keys.put(json, Keys.EVENT_NAME, operation.name());
        Keys.put(json, Keys.AWS_REGION, scope.region());
        Keys.put(json, Keys.SOURCE_IP_ADDRESS, draft.sourceAddress());
        Keys.put(json, Keys.USER_AGENT, draft.userAgent());
        if (draft.outcome().errorCode().isPresent()) {
            Keys.put(json, Keys.ERROR_CODE, draft.outcome().errorCode().get());
        }
        if (draft.outcome().errorMessage().isPresent()) {
            Keys.put(json, Keys.ERROR_MESSAGE, draft.outcome().errorMessage().get());
        }
        operation.shape().write(scope);
        if (category == Category.CONSOLE_LOGIN || category == Category.SERVICE_EVENT) {
            Keys.put(json, Keys.EVENT_ID, eventId);
        } else {
            Keys.put(json, Keys.REQUEST_ID, scope.requestId());
            Keys.put(json, Keys.EVENT_ID, eventId);
        }
        json.writeFieldName(Keys.READ_ONLY);
        json.writeBoolean(operation.readOnly());
        resources(json);
        Keys.put(json, Keys.EVENT_TYPE, category.eventType());
        if (operation.service().equals("dynamodb")) {
            json.writeStringField("apiVersion", "2012-08-10");
        }
        json.writeFieldName(Keys.MANAGEMENT_EVENT);
        json.writeBoolean(true);
        Keys.put(json, Keys.RECIPIENT_ACCOUNT_ID, scope.accountId());
        if (scope.shared()) {
            json.writeStringField("sharedEventID", Ids.uuid(scope.random()));
        }
        if (scope.hasServiceDetail()) {
            json.writeFieldName("serviceEventDetails");
            json.writeStartObject();
            json.writeStringField(scope.serviceDetailName(), scope.serviceDetailValue());
            json.writeEndObject();
        }
        if (!draft.vpcEndpointId().isEmpty()) {
            json.writeStringField("vpcEndpointId", draft.vpcEndpointId());
            json.writeStringField("vpcEndpointAccountId", scope.accountId());
        }
        Keys.put(json, Keys.EVENT_CATEGORY, Keys.MANAGEMENT);
        tls(json, draft, operation);
        if (category != Category.CONSOLE_LOGIN && draft.consoleSession()) {
            json.writeStringField("sessionCredentialFromConsole", "true");
        }
        json.writeEndObject();
    }

    private void resources(JsonGenerator json) throws IOException {
        if (scope.resourceCount() == 0) {
            return;
        }
        json.writeFieldName(Keys.RESOURCES);
        json.writeStartArray();
        for (int index = 0; index < scope.resourceCount(); index++) {
            json.writeStartObject();
            Keys.put(json, Keys.ACCOUNT_ID, scope.accountId());
            Keys.put(json, Keys.TYPE, scope.resourceType(index));
            json.writeStringField("ARN", scope.resourceArn(index));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void tls(JsonGenerator json, EventDraft draft, Operation operation) throws IOException {
        if (draft.tls() == EventDraft.Tls.NONE) {
            return;
        }
        json.writeFieldName(Keys.TLS_DETAILS);
        json.writeStartObject();
        if (draft.tls() == EventDraft.Tls.TLS_1_3) {
            Keys.put(json, Keys.TLS_VERSION, "TLSv1.3");
            Keys.put(json, Keys.CIPHER_SUITE, "TLS_AES_128_GCM_SHA256");
        } else {
            Keys.put(json, Keys.TLS_VERSION, "TLSv1.2");
            Keys.put(json, Keys.CIPHER_SUITE, "ECDHE-RSA-AES128-GCM-SHA256");
        }
        Keys.put(json, Keys.CLIENT_HOST, scope.context().host(operation));
        json.writeEndObject();
    }
}
