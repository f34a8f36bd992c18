package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.dashboard.Projects;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explore metadata and suggestions. */
final class TestExploreApi {
    private final WebFixture fixture = WebFixture.shared();
    private final Http http = fixture.http;

    @TempDir
    Path temp;

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void exploresAreListed() {
        JsonNode list = http.get("/api/explores").json();
        List<String> names = new ArrayList<>();
        list.forEach(entry -> names.add(entry.get("model").asText() + "." + entry.get("name").asText()));
        assertThat(names).containsExactly("cloudtrail.cloudtrail_logs", "cloudtrail.user_login_facts",
                "cloudtrail.user_ip_facts");
        assertThat(list.get(0).get("label").asText()).isEqualTo("CloudTrail Events");
    }

    @Test
    void fieldsAreGroupedByViewThenGroupLabel() {
        JsonNode explore = http.get("/api/explores/cloudtrail/cloudtrail_logs").json();
        assertThat(explore.get("label").asText()).isEqualTo("CloudTrail Events");
        JsonNode events = explore.get("views").get(0);
        assertThat(events.get("name").asText()).isEqualTo("cloudtrail_logs");
        JsonNode eventGroup = events.get("groups").get(0);
        assertThat(eventGroup.get("label").asText()).isEqualTo("Event");
        JsonNode eventId = eventGroup.get("fields").get(0);
        assertThat(eventId.get("id").asText()).isEqualTo("cloudtrail_logs.event_id");
        assertThat(eventId.get("label").asText()).isEqualTo("Event ID");
        assertThat(eventId.get("kind").asText()).isEqualTo("dimension");
        assertThat(eventId.get("description").asText()).startsWith("eventID:");
        JsonNode measure = find(explore, "cloudtrail_logs.events");
        assertThat(measure.get("kind").asText()).isEqualTo("measure");
        assertThat(measure.get("type").asText()).isEqualTo("count");
        assertThat(measure.get("drillFields").get(0).asText()).isEqualTo("cloudtrail_logs.event_id");
        JsonNode date = find(explore, "cloudtrail_logs.event_time_date");
        assertThat(date.get("dimensionGroup").asText()).isEqualTo("event_time");
        assertThat(date.get("type").asText()).isEqualTo("date");
        List<String> views = new ArrayList<>();
        explore.get("views").forEach(view -> views.add(view.get("name").asText()));
        assertThat(views).contains("cloudtrail_logs", "ip_geo", "account_names");
        Http.Response unknown = http.get("/api/explores/cloudtrail/nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("WEB_NOT_FOUND");
    }

    private static JsonNode find(JsonNode explore, String id) {
        for (JsonNode view : explore.get("views")) {
            for (JsonNode group : view.get("groups")) {
                for (JsonNode field : group.get("fields")) {
                    if (field.get("id").asText().equals(id)) {
                        return field;
                    }
                }
            }
        }
        throw new AssertionError("no field " + id);
    }

    @Test
    void suggestionsAreDistinctValuesMostFrequentFirst() {
        JsonNode values = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field=cloudtrail_logs.aws_region")
                .json().get("values");
        assertThat((long) values.size()).isEqualTo(fixture.count(
                "SELECT count(DISTINCT awsregion) FROM cloudtrail_logs"));
        assertThat(fixture.count("SELECT count(*) FROM cloudtrail_logs WHERE awsregion = '"
                + values.get(0).asText() + "'")).isEqualTo(fixture.count(
                "SELECT max(c) FROM (SELECT count(*) AS c FROM cloudtrail_logs GROUP BY awsregion)"));
        JsonNode prefixed = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field=cloudtrail_logs.aws_region"
                + "&q=US-").json().get("values");
        assertThat(prefixed.size()).isPositive();
        prefixed.forEach(value -> assertThat(value.asText()).startsWith("us-"));
        assertThat((long) prefixed.size()).isEqualTo(fixture.count(
                "SELECT count(DISTINCT awsregion) FROM cloudtrail_logs WHERE awsregion LIKE 'us-%'"));
    }

    @Test
    void suggestionPrefixesAreLiteralText() {
        for (String hostile : List.of("%", "_", "'", "' OR '1'='1", "-us", "NULL", "us-%", ",", "^", "\"")) {
            Http.Response response = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field="
                    + "cloudtrail_logs.aws_region&q=" + encode(hostile));
            assertThat(response.status()).as(hostile).isEqualTo(200);
            assertThat(response.json().get("values").size()).as(hostile).isZero();
        }
        Http.Response long_ = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field="
                + "cloudtrail_logs.aws_region&q=" + "a".repeat(201));
        assertThat(long_.status()).isEqualTo(400);
    }

    @Test
    void measuresUnknownFieldsAndUnsuggestableFieldsHaveNoSuggestions() {
        Http.Response measure = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field=cloudtrail_logs.events");
        assertThat(measure.status()).isEqualTo(400);
        assertThat(measure.errorCode()).isEqualTo("WEB_BAD_REQUEST");
        Http.Response unknown = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest?field=" + encode("x; DROP"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        Http.Response missing = http.get("/api/explores/cloudtrail/cloudtrail_logs/suggest");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void suggestableNoIsHonoured() throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("events.model.lkml"), "include: \"*.view.lkml\"\nexplore: events {}\n");
        Files.writeString(project.resolve("events.view.lkml"), """
                view: events {
                  sql_table_name: cloudtrail_logs ;;
                  dimension: region { sql: ${TABLE}.awsregion ;; }
                  dimension: secret { sql: ${TABLE}.eventname ;; suggestable: no }
                  measure: count { type: count }
                }
                """);
        try (WebServer server = WebServer.start(WebSettings.of(Projects.load(Optional.of(project)), fixture.store,
                WebFixture.NOW))) {
            Http local = new Http(server.url());
            Http.Response secret = local.get("/api/explores/events/events/suggest?field=events.secret");
            assertThat(secret.status()).isEqualTo(400);
            assertThat(secret.json().get("error").get("message").asText())
                    .isEqualTo("'events.secret' has no suggestions: it is not suggestable");
            Http.Response region = local.get("/api/explores/events/events/suggest?field=events.region&q=eu");
            assertThat(region.status()).isEqualTo(200);
            region.json().get("values").forEach(value -> assertThat(value.asText()).startsWith("eu-"));
            JsonNode fields = local.get("/api/explores/events/events").json();
            assertThat(fields.get("views").get(0).get("groups").get(0).get("fields").get(1).get("suggestable")
                    .asBoolean()).isFalse();
        }
    }
}
