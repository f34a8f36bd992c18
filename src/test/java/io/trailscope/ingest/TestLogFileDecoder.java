package io.trailscope.ingest;

import static io.trailscope.ingest.TestingLogs.event;
import static io.trailscope.ingest.TestingLogs.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.EventRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

final class TestLogFileDecoder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<EventRecord> events = new ArrayList<>();

    private DecodeOutcome decode(byte[] bytes) {
        events.clear();
        return new LogFileDecoder(MAPPER).decode(new ByteArrayInputStream(bytes), events::add);
    }

    private DecodeOutcome decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> ids() {
        return events.stream().map(EventRecord::eventId).toList();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void recordsCompactGzipped() throws IOException {
        DecodeOutcome outcome = decode(gzip(records(List.of(event("a", "2024-01-01T00:00:01Z", "X"), event("b", "2024-01-01T00:00:02Z", "Y")))));
        assertThat(outcome.problem()).isEmpty();
        assertThat(outcome.events()).isEqualTo(2);
        assertThat(ids()).containsExactly("a", "b");
    }

    @Test
    void recordsPrettyPrinted() {
        String pretty = records(List.of(event("a", "2024-01-01T00:00:01Z", "X"))).replace(",", ",\n   ").replace("{", "{\n  ");
        assertThat(decode(pretty).problem()).isEmpty();
        assertThat(ids()).containsExactly("a");
    }

    @Test
    void bareArrayNdjsonAndSingleObject() {
        assertThat(decode("[" + event("a", "2024-01-01T00:00:01Z", "X") + "," + event("b", "2024-01-01T00:00:01Z", "X") + "]").problem()).isEmpty();
        assertThat(ids()).containsExactly("a", "b");
        assertThat(decode(event("a", "2024-01-01T00:00:01Z", "X") + "\n" + event("b", "2024-01-01T00:00:01Z", "X") + "\n").problem()).isEmpty();
        assertThat(ids()).containsExactly("a", "b");
        assertThat(decode(event("c", "2024-01-01T00:00:01Z", "X")).problem()).isEmpty();
        assertThat(ids()).containsExactly("c");
    }

    @Test
    void rawWrappersAndLookupEventsOutput() throws IOException {
        String raw = "[{\"_raw\":" + MAPPER.writeValueAsString(event("a", "2024-01-01T00:00:01Z", "X")) + ",\"_time\":1}]";
        assertThat(decode(raw).problem()).isEmpty();
        assertThat(ids()).containsExactly("a");
        String lookup = "{\"Events\":[{\"EventId\":\"b\",\"EventName\":\"X\",\"CloudTrailEvent\":"
                + MAPPER.writeValueAsString(event("b", "2024-01-01T00:00:01Z", "X")) + "}],\"NextToken\":\"t\"}";
        assertThat(decode(lookup).problem()).isEmpty();
        assertThat(ids()).containsExactly("b");
    }

    @Test
    void digestBodyIsRecognised() {
        DecodeOutcome outcome = decode("{\"awsAccountId\":\"123456789012\",\"digestStartTime\":\"2024-01-01T00:00:00Z\",\"logFiles\":[]}");
        assertThat(outcome.digest()).isTrue();
        assertThat(outcome.events()).isZero();
    }

    @Test
    void zipArchiveEntriesAreDecoded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("one.json"));
            zip.write(records(List.of(event("a", "2024-01-01T00:00:01Z", "X"))).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("two.json.gz"));
            zip.write(gzip(records(List.of(event("b", "2024-01-01T00:00:01Z", "X")))));
        }
        assertThat(decode(bytes.toByteArray()).problem()).isEmpty();
        assertThat(ids()).containsExactly("a", "b");
    }

    @Test
    void truncatedGzipKeepsTheEventsBeforeTheCut() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(event("id-" + i, "2024-01-01T00:00:01Z", "X"));
        }
        byte[] whole = gzip(records(many));
        DecodeOutcome outcome = decode(Arrays.copyOf(whole, whole.length / 2));
        assertThat(outcome.problem()).isPresent();
        assertThat(outcome.problem().get().reason()).startsWith("truncated file");
        assertThat(outcome.events()).isGreaterThan(100).isLessThan(500).isEqualTo(events.size());
        assertThat(ids()).startsWith("id-0", "id-1");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        DecodeOutcome outcome = decode("{\"Records\":[\n" + event("a", "2024-01-01T00:00:01Z", "X") + ",\n{\"eventID\": oops}]}");
        assertThat(outcome.problem()).isPresent();
        DecodeProblem problem = outcome.problem().get();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.reason()).startsWith("malformed JSON: Unrecognized token 'oops'");
        assertThat(problem.describe("f.json")).startsWith("f.json:3:13: malformed JSON");
        assertThat(ids()).containsExactly("a");
    }

    @Test
    void jsonThatIsNotCloudTrailIsRejected() {
        DecodeOutcome outcome = decode("{\"hello\":\"world\"}");
        assertThat(outcome.problem()).isPresent();
        assertThat(outcome.problem().get().reason()).startsWith("not a CloudTrail event");
        assertThat(decode("42").problem().get().reason()).isEqualTo("expected a JSON object or array, found a number_int value");
        assertThat(decode("").problem()).isEmpty();
    }

    @Test
    void unknownKeysAtAnyDepthAreKeptAsExtraFields() {
        String odd = "{\"eventID\":\"a\",\"@timestamp\":\"2024\",\"p_any\":[1,2],\"userIdentity\":{\"type\":\"Root\",\"newThing\":{\"x\":1},"
                + "\"sessionContext\":{\"mystery\":true}}}";
        decode(odd);
        EventRecord record = events.get(0);
        assertThat(record.extraFields()).isPresent();
        assertThat(record.extraFields().get().toString())
                .isEqualTo("{\"@timestamp\":\"2024\",\"p_any\":[1,2],\"userIdentity\":{\"newThing\":{\"x\":1},\"sessionContext\":{\"mystery\":true}}}");
        Object[] identity = (Object[]) record.values()[CloudTrailSchema.indexOf("userIdentity")];
        assertThat(identity[0]).isEqualTo("Root");
    }

    @Test
    void quirkyValuesAreNormalisedToAthenaText() {
        String odd = "{\"eventid\":\"a\",\"EVENTNAME\":\"X\",\"readOnly\":true,\"requestParameters\":\"{\\\"k\\\":1}\","
                + "\"responseElements\":{\"b\":[1,{\"c\":null}]},\"additionalEventData\":null,\"errorCode\":200,"
                + "\"resources\":[{\"ARN\":\"arn:1\",\"accountId\":\"1\",\"type\":\"AWS::KMS::Key\"}],\"eventTime\":\"redacted\"}";
        decode(odd);
        EventRecord record = events.get(0);
        assertThat(record.eventId()).isEqualTo("a");
        assertThat(record.values()[CloudTrailSchema.indexOf("eventName")]).isEqualTo("X");
        assertThat(record.values()[CloudTrailSchema.indexOf("readOnly")]).isEqualTo("true");
        assertThat(record.values()[CloudTrailSchema.indexOf("requestParameters")]).isEqualTo("{\"k\":1}");
        assertThat(record.values()[CloudTrailSchema.indexOf("responseElements")]).isEqualTo("{\"b\":[1,{\"c\":null}]}");
        assertThat(record.values()[CloudTrailSchema.indexOf("additionalEventData")]).isNull();
        assertThat(record.values()[CloudTrailSchema.indexOf("errorCode")]).isEqualTo("200");
        @SuppressWarnings("unchecked")
        List<Object[]> resources = (List<Object[]>) record.values()[CloudTrailSchema.indexOf("resources")];
        assertThat(resources.get(0)).containsExactly("arn:1", "1", "AWS::KMS::Key");
        assertThat(record.eventTimeMicros()).isEmpty();
        assertThat(record.values()[CloudTrailSchema.EVENT_TIME]).isEqualTo("redacted");
    }

    @Test
    void ndjsonKeepsEveryGoodLineAroundBadOnes() {
        String text = event("a", "2024-01-01T00:00:01Z", "X") + "\n\n{\"eventID\": broken\n"
                + event("b", "2024-01-01T00:00:01Z", "X") + "\n{\"nothing\":1}\n" + event("c", "2024-01-01T00:00:01Z", "X");
        DecodeOutcome outcome = decode(text);
        assertThat(ids()).containsExactly("a", "b", "c");
        assertThat(outcome.problem()).isPresent();
        DecodeProblem problem = outcome.problem().get();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(13);
        assertThat(problem.reason()).startsWith("malformed JSON: Unrecognized token 'broken'")
                .endsWith("(and 1 more bad lines; every good line was kept)");
    }

    @Test
    void ndjsonCutInTheMiddleOfALineKeepsTheLinesBefore() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append(event("n" + i, "2024-01-01T00:00:01Z", "X")).append('\n');
        }
        byte[] whole = gzip(text.toString());
        DecodeOutcome outcome = decode(Arrays.copyOf(whole, whole.length * 2 / 3));
        assertThat(outcome.problem()).isPresent();
        assertThat(outcome.events()).isGreaterThan(50).isLessThan(300);
        assertThat(ids()).startsWith("n0", "n1", "n2");
    }

    @Test
    void prettyPrintedObjectsAreNotMistakenForLines() {
        String pretty = "{\n  \"eventID\": \"a\",\n  \"eventName\": \"X\"\n}\n{\n  \"eventID\": \"b\"\n}\n";
        assertThat(decode(pretty).problem()).isEmpty();
        assertThat(ids()).containsExactly("a", "b");
    }
}
