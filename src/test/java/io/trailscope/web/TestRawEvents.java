package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw event endpoint gives back what CloudTrail wrote: generated events over HTTP, the real corpus in-process. */
final class TestRawEvents {
    /** ../shared/corpus beside the repository; -Dtrailscope.corpus=DIR points elsewhere (a worktree elsewhere). */
    static final Path CORPUS = Path.of(System.getProperty("trailscope.corpus", "../shared/corpus")).toAbsolutePath()
            .normalize();

    private final WebFixture fixture = WebFixture.shared();
    private final Http http = fixture.http;

    @TempDir
    Path temp;

    @Test
    void generatedEventsComeBackAsWritten() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixture.logs)) {
            files = walk.filter(path -> path.toString().endsWith(".json.gz") && !path.toString().contains("Digest"))
                    .sorted().limit(150).toList();
        }
        int compared = 0;
        for (Path file : files) {
            for (ObjectNode original : EventJson.read(file)) {
                String id = original.get("eventID").asText();
                Http.Response response = http.get("/api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                assertThat(response.status()).as(id).isEqualTo(200);
                JsonNode body = response.json();
                assertThat(body.get("eventId").asText()).isEqualTo(id);
                assertThat(EventJson.withoutNulls(body.get("event"))).as(id).isEqualTo(EventJson.withoutNulls(original));
                // The generator repeats some events in a second file (as CloudTrail may); the first file read keeps it.
                assertThat(body.get("source").get("path").asText()).contains("/AWSLogs/").endsWith(".json.gz");
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(150);
    }

    @Test
    void unknownAndHostileIdsAreNotFound() {
        for (String id : List.of("nope", "' OR '1'='1", "x'; DROP TABLE cloudtrail_logs; --", "%", "*")) {
            Http.Response response = http.get("/api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.errorCode()).as(id).isEqualTo("WEB_NOT_FOUND");
        }
        Http.Response tooLong = http.get("/api/events/" + "a".repeat(300));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(fixture.count("SELECT count(*) FROM cloudtrail_logs")).isPositive();
    }

    @Test
    void idsJettyCannotDecodeGetAJsonError() {
        for (String path : List.of("/api/events/%00", "/api/events/%E2%80%AE%00", "/api/events/a%00b")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.raw().headers().firstValue("Content-Type").orElse("")).as(path)
                    .isEqualTo("application/json;charset=utf-8");
            assertThat(response.errorCode()).as(path).isEqualTo("HTTP_400");
            assertThat(response.json().get("error").get("number").asInt()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).doesNotContain("<html");
        }
    }

    /**
     * Every stored corpus event rebuilds to its original, up to what the store cannot know: null versus absent keys,
     * and which element of a several-element resources[] list had a key outside the schema (ARNPrefix, in grycap).
     */
    @Test
    void realCorpusEventsComeBackAsWritten() {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: the shared corpus is absent at " + CORPUS);
        Path db = temp.resolve("corpus.db");
        try (DuckDbStore store = DuckDbStore.open(db)) {
            new IngestJob(store, new IngestOptions(TimeWindow.ALL, 2, Optional.empty()))
                    .run(List.of(new LocalLogSource(CORPUS)));
        }
        Map<String, List<JsonNode>> originals = new HashMap<>();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            walk.filter(Files::isRegularFile).forEach(file -> EventJson.read(file).forEach(event -> originals
                    .computeIfAbsent(event.get("eventID").asText(), id -> new ArrayList<>())
                    .add(EventJson.withoutNulls(event))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int exact = 0;
        try (StoreQueries store = new StoreQueries(db)) {
            List<List<Object>> rows = store.query("SELECT " + RawEvents.columns("e") + " FROM "
                    + CloudTrailSchema.TABLE + " AS e", List.of(), 1_000_000).rows();
            for (List<Object> row : rows) {
                String id = String.valueOf(row.get(CloudTrailSchema.EVENT_ID));
                List<JsonNode> candidates = originals.get(id);
                if (candidates == null) {
                    continue;
                }
                JsonNode rebuilt = EventJson.withoutNulls(RawEvents.rebuild(row));
                compared++;
                exact += candidates.contains(rebuilt) ? 1 : 0;
                if (!candidates.contains(rebuilt) && !candidates.stream().map(EventJson::withoutUnknownResourceKeys)
                        .toList().contains(EventJson.withoutUnknownResourceKeys(rebuilt))) {
                    mismatches.add(id + "\n  stored:   " + EventJson.text(rebuilt) + "\n  original: "
                            + EventJson.text(candidates.get(0)));
                }
            }
        }
        assertThat(compared).isGreaterThan(11_000);
        assertThat(exact).as("events rebuilt exactly").isGreaterThan(compared - 25);
        assertThat(mismatches).as(mismatches.size() + " of " + compared + " differ").isEmpty();
    }
}
