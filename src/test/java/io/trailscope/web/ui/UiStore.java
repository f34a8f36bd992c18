package io.trailscope.web.ui;

import io.trailscope.app.Ingestion;
import io.trailscope.cloudtrail.generator.GeneratorConfig;
import io.trailscope.cloudtrail.generator.LogGenerator;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The store the browser tests look at: a few thousand generated events over the two weeks before {@link #NOW},
 * plus one hostile event whose fields hold markup (the XSS tests look for it).
 */
final class UiStore {
    static final Clock NOW = Clock.fixed(Instant.parse("2024-05-18T12:00:00Z"), ZoneOffset.UTC);
    static final GeneratorConfig CONFIG = new GeneratorConfig(4_000, 7, 2, 14, LocalDate.of(2024, 5, 5), Optional.empty(), 2);
    /** Events in the store: what the generator made of {@link #CONFIG} (4,006, deterministic) and the hostile one. */
    static final int EVENTS = 4_007;
    static final String HOSTILE_EVENT_ID = "6f1c2b8e-0b7a-4d2e-9c51-000000000bad";
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.__xss=1\">";
    static final String HOSTILE_USER = "<script>window.__xss=2</script>";
    static final String HOSTILE_ACCOUNT = "111122223333";

    private UiStore() {
    }

    /** Generates, ingests and returns the store file under {@code folder}. */
    static Path create(Path folder) {
        Path logs = folder.resolve("logs");
        Path store = folder.resolve("trailscope.db");
        LogGenerator.generate(CONFIG, logs);
        writeHostileEvent(logs.resolve("hostile.json"));
        try (DuckDbStore opened = DuckDbStore.open(store)) {
            Ingestion.run(opened, List.of(new LocalLogSource(logs)), IngestOptions.defaults(), Optional.empty());
        }
        return store;
    }

    private static void writeHostileEvent(Path file) {
        String json = """
                {"Records": [{
                  "eventVersion": "1.08",
                  "userIdentity": {"type": "IAMUser", "principalId": "AIDAHOSTILE000000001",
                    "arn": "arn:aws:iam::%3$s:user/hostile", "accountId": "%3$s", "userName": "%2$s"},
                  "eventTime": "2024-05-17T10:00:00Z",
                  "eventSource": "iam.amazonaws.com",
                  "eventName": "%1$s",
                  "awsRegion": "us-east-1",
                  "sourceIPAddress": "198.51.100.7",
                  "userAgent": "%1$s",
                  "requestParameters": {"note": "%2$s"},
                  "responseElements": null,
                  "requestID": "hostile-request",
                  "eventID": "%4$s",
                  "readOnly": false,
                  "eventType": "AwsApiCall",
                  "managementEvent": true,
                  "recipientAccountId": "%3$s",
                  "eventCategory": "Management"
                }]}
                """.formatted(escape(HOSTILE_NAME), escape(HOSTILE_USER), HOSTILE_ACCOUNT, HOSTILE_EVENT_ID);
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
