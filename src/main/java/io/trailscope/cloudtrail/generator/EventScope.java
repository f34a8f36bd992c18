package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a shape writer sees while it writes one event: the generator, the event's own random stream, the
 * stream's resources, and a place to leave the resources[] entries written later in the record.
 */
final class EventScope {
    private static final int MAX_RESOURCES = 4;

    private final StreamContext context;
    private final SeededRandom random = new SeededRandom(0);
    /** Field names pre-encoded once per stream: the shapes use a few hundred names, millions of times. */
    private final Map<String, SerializedString> keys = new HashMap<>();
    private final String[] resourceTypes = new String[MAX_RESOURCES];
    private final String[] resourceArns = new String[MAX_RESOURCES];
    private JsonGenerator json;
    private EventDraft draft;
    private int resourceCount;
    private boolean sharedEvent;
    private String requestId = "";
    private String serviceDetailName = "";
    private String serviceDetailValue = "";

    EventScope(StreamContext context) {
        this.context = context;
    }

    void begin(JsonGenerator generator, EventDraft event) {
        this.json = generator;
        this.draft = event;
        this.resourceCount = 0;
        this.sharedEvent = false;
        this.serviceDetailName = "";
        random.reseed(event.contentSeed());
        this.requestId = event.operation().service().equals("s3") ? Ids.key(random, "", 16) : Ids.uuid(random);
    }

    String requestId() {
        return requestId;
    }

    /** A one-field serviceEventDetails object, for AwsServiceEvent records. */
    void serviceDetail(String name, String value) {
        serviceDetailName = name;
        serviceDetailValue = value;
    }

    boolean hasServiceDetail() {
        return !serviceDetailName.isEmpty();
    }

    String serviceDetailName() {
        return serviceDetailName;
    }

    String serviceDetailValue() {
        return serviceDetailValue;
    }

    private SerializedString key(String name) {
        SerializedString key = keys.get(name);
        if (key == null) {
            key = new SerializedString(name);
            keys.put(name, key);
        }
        return key;
    }

    JsonGenerator json() {
        return json;
    }

    SeededRandom random() {
        return random;
    }

    EventDraft draft() {
        return draft;
    }

    StreamContext context() {
        return context;
    }

    ResourcePool pool() {
        return context.pool();
    }

    String accountId() {
        return context.accountId();
    }

    String region() {
        return context.region();
    }

    long time() {
        return draft.time();
    }

    String argument() {
        return draft.operation().argument();
    }

    boolean failed() {
        return draft.outcome().failed();
    }

    /** Records a resources[] entry (KMS keys, roles, buckets); written after readOnly. */
    void resource(String type, String arn) {
        if (resourceCount < MAX_RESOURCES) {
            resourceTypes[resourceCount] = type;
            resourceArns[resourceCount] = arn;
            resourceCount++;
        }
    }

    int resourceCount() {
        return resourceCount;
    }

    String resourceType(int index) {
        return resourceTypes[index];
    }

    String resourceArn(int index) {
        return resourceArns[index];
    }

    void markShared() {
        sharedEvent = true;
    }

    boolean shared() {
        return sharedEvent;
    }

    void startRequest() throws IOException {
        json.writeFieldName(Keys.REQUEST_PARAMETERS);
        json.writeStartObject();
    }

    void nullRequest() throws IOException {
        json.writeFieldName(Keys.REQUEST_PARAMETERS);
        json.writeNull();
    }

    /** Opens responseElements and returns true, or writes null and returns false for a failed call. */
    boolean startResponse() throws IOException {
        if (failed()) {
            json.writeFieldName(Keys.RESPONSE_ELEMENTS);
            json.writeNull();
            return false;
        }
        json.writeFieldName(Keys.RESPONSE_ELEMENTS);
        json.writeStartObject();
        return true;
    }

    void nullResponse() throws IOException {
        json.writeFieldName(Keys.RESPONSE_ELEMENTS);
        json.writeNull();
    }

    void end() throws IOException {
        json.writeEndObject();
    }

    void field(String name, String value) throws IOException {
        json.writeFieldName(key(name));
        json.writeString(value);
    }

    void field(String name, int value) throws IOException {
        json.writeFieldName(key(name));
        json.writeNumber(value);
    }

    void field(String name, boolean value) throws IOException {
        json.writeFieldName(key(name));
        json.writeBoolean(value);
    }

    /** {@code "name":{}}, EC2's way of saying "none". */
    void empty(String name) throws IOException {
        json.writeFieldName(key(name));
        json.writeStartObject();
        json.writeEndObject();
    }

    /** Opens {@code "name":{"items":[}; close with {@link #endItems()}. */
    void startItems(String name) throws IOException {
        json.writeFieldName(key(name));
        json.writeStartObject();
        json.writeFieldName("items");
        json.writeStartArray();
    }

    void endItems() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    /** EC2 responses echo the requestID inside responseElements. */
    void requestIdEcho(String requestId) throws IOException {
        json.writeStringField("requestId", requestId);
    }
}
