package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * CloudTrail Insights events for the bursts Insights would flag: a Start and an End record sharing a
 * sharedEventID, each delivered in its own file under the CloudTrail-Insight prefix.
 */
final class InsightWriter {
    private final StreamContext context;
    private final KeyLayout layout;
    private final OutputFiles files;
    private final long seed;

    InsightWriter(StreamContext context, KeyLayout layout, OutputFiles files, long seed) {
        this.context = context;
        this.layout = layout;
        this.files = files;
        this.seed = seed;
    }

    /** Writes one Insights file and returns its size on disk. */
    long write(Incident incident, int number, boolean start, long eventTime, long fileTime, String fileId)
            throws IOException {
        SeededRandom shared = new SeededRandom(SeededRandom.hash(seed, number));
        String sharedEventId = Ids.uuid(shared);
        double baseline = 0.0005 + 0.05 * shared.nextDouble();
        double insight = baseline * (20 + 200 * shared.nextDouble());
        SeededRandom own = new SeededRandom(SeededRandom.hash(seed, number, start ? 1 : 2));
        boolean errors = incident.kind() == Incident.Kind.ACCESS_DENIED;
        String errorCode = errors ? ErrorModel.accessDenied(own, incident.operation(), incident.actor(), context)
                .errorCode().orElse("AccessDenied") : "null";
        Path path = files.prepare(layout.insightKey(context.accountId(), context.region(), fileTime, fileId));
        GzipSink sink = files.sink();
        sink.open(path);
        try (JsonGenerator json = OutputFiles.JSON.createGenerator(sink)) {
            json.writeStartObject();
            json.writeFieldName("Records");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("eventVersion", "1.08");
            json.writeStringField("eventTime", TimeText.iso(eventTime));
            json.writeStringField("awsRegion", context.region());
            json.writeStringField("eventID", Ids.uuid(own));
            json.writeStringField("eventType", "AwsCloudTrailInsight");
            json.writeStringField("recipientAccountId", context.accountId());
            json.writeStringField("sharedEventID", sharedEventId);
            json.writeFieldName("insightDetails");
            json.writeStartObject();
            json.writeStringField("state", start ? "Start" : "End");
            json.writeStringField("eventSource", incident.operation().eventSource());
            json.writeStringField("eventName", incident.operation().name());
            json.writeStringField("insightType", errors ? "ApiErrorRateInsight" : "ApiCallRateInsight");
            if (errors) {
                json.writeStringField("errorCode", errorCode);
            }
            json.writeFieldName("insightContext");
            json.writeStartObject();
            statistics(json, baseline, insight, start, incident);
            json.writeFieldName("attributions");
            json.writeStartArray();
            attribution(json, "userIdentityArn", incident.actor().arn(), insight, baseline);
            attribution(json, "userAgent", incident.operation().cliCommand().isEmpty() ? "AWS Internal"
                    : UserAgents.BOTO3, insight, baseline);
            attribution(json, "errorCode", errorCode, insight, baseline);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("eventCategory", "Insight");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        return sink.finish().compressedBytes();
    }

    private static void statistics(JsonGenerator json, double baseline, double insight, boolean start, Incident incident)
            throws IOException {
        json.writeFieldName("statistics");
        json.writeStartObject();
        json.writeFieldName("baseline");
        json.writeStartObject();
        json.writeFieldName("average");
        json.writeNumber(decimal(baseline));
        json.writeEndObject();
        json.writeFieldName("insight");
        json.writeStartObject();
        json.writeFieldName("average");
        json.writeNumber(decimal(insight));
        json.writeEndObject();
        if (!start) {
            json.writeNumberField("insightDuration",
                    (incident.endWindow() - incident.startWindow() + 1) * Rhythm.WINDOW_SECONDS / 60);
        }
        json.writeNumberField("baselineDuration", 10_080);
        json.writeEndObject();
    }

    private static void attribution(JsonGenerator json, String attribute, String value, double insight,
                                    double baseline) throws IOException {
        json.writeStartObject();
        json.writeStringField("attribute", attribute);
        json.writeFieldName("insight");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringField("value", value);
        json.writeFieldName("average");
        json.writeNumber(decimal(insight));
        json.writeEndObject();
        json.writeEndArray();
        json.writeFieldName("baseline");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringField("value", value);
        json.writeFieldName("average");
        json.writeNumber(decimal(baseline));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Six decimals, printed the same way by every JVM (Double.toString changed in Java 19). */
    private static String decimal(double value) {
        return BigDecimal.valueOf(Math.round(value * 1_000_000), 6).stripTrailingZeros().toPlainString();
    }
}
