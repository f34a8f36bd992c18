package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/query}, {@code /api/query/sql} and downloads: exact numbers, metadata, hostile bodies. */
final class TestQueryApi {
    private static final String EXPLORE = "cloudtrail_logs";

    private final WebFixture fixture = WebFixture.shared();
    private final Http http = fixture.http;

    private static Map<String, Object> query(List<String> fields, Map<String, Object> filters) {
        return Map.of("explore", EXPLORE, "fields", fields, "filters", filters);
    }

    @Test
    void aQueryAnswersRowsColumnsAndSql() {
        Http.Response response = http.post("/api/query", Map.of("model", "cloudtrail", "explore", EXPLORE,
                "fields", List.of("cloudtrail_logs.aws_region", "cloudtrail_logs.events"),
                "sorts", List.of("cloudtrail_logs.events desc"), "limit", 3));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        JsonNode region = body.get("columns").get(0);
        assertThat(region.get("name").asText()).isEqualTo("cloudtrail_logs.aws_region");
        assertThat(region.get("role").asText()).isEqualTo("dimension");
        assertThat(region.get("type").asText()).isEqualTo("string");
        JsonNode events = body.get("columns").get(1);
        assertThat(events.get("role").asText()).isEqualTo("measure");
        assertThat(events.get("type").asText()).isEqualTo("count");
        assertThat(events.get("drillable").asBoolean()).isTrue();
        assertThat(events.get("eventId").asBoolean()).isFalse();
        assertThat(body.get("rows").size()).isEqualTo(3);
        String topRegion = body.get("rows").get(0).get(0).asText();
        assertThat(body.get("rows").get(0).get(1).asLong()).isEqualTo(fixture.count(
                "SELECT count(*) FROM cloudtrail_logs WHERE awsregion = '" + topRegion + "'"));
        assertThat(body.get("rows").get(0).get(1).asLong()).isEqualTo(fixture.count(
                "SELECT max(c) FROM (SELECT count(*) AS c FROM cloudtrail_logs GROUP BY awsregion)"));
        assertThat(body.get("sql").asText()).contains("GROUP BY").contains("LIMIT 3");
        assertThat(body.get("cached").asBoolean()).isFalse();
    }

    @Test
    void datesAndTimestampsAreShownAsLookerShowsThem() {
        JsonNode body = http.post("/api/query", Map.of("explore", EXPLORE, "fields", List.of(
                "cloudtrail_logs.event_time_date", "cloudtrail_logs.event_time_time", "cloudtrail_logs.event_id"),
                "sorts", List.of("cloudtrail_logs.event_time_time"), "limit", 1)).json();
        JsonNode row = body.get("rows").get(0);
        assertThat(row.get(0).asText()).isEqualTo("2024-05-28");
        assertThat(row.get(1).asText()).matches("2024-05-28 \\d{2}:\\d{2}:\\d{2}");
        assertThat(body.get("columns").get(0).get("type").asText()).isEqualTo("date");
        assertThat(body.get("columns").get(1).get("type").asText()).isEqualTo("time");
        assertThat(body.get("columns").get(2).get("eventId").asBoolean()).isTrue();
    }

    @Test
    void sortAndFillFieldsAreCheckedAgainstTheModel() {
        Map<String, Object> badSort = new HashMap<>(query(List.of("cloudtrail_logs.events"), Map.of()));
        badSort.put("sorts", List.of("cloudtrail_logs.nope desc"));
        Http.Response sort = http.post("/api/query", badSort);
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        assertThat(sort.json().get("error").get("message").asText()).startsWith("view 'cloudtrail_logs' has no field 'nope'");
        badSort.put("sorts", List.of("cloudtrail_logs.event_name;DROP--"));
        assertThat(http.post("/api/query/sql", badSort).errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        badSort.put("sorts", List.of("cloudtrail_logs.events desc; DROP TABLE cloudtrail_logs"));
        assertThat(http.post("/api/query/sql", badSort).errorCode()).isEqualTo("QUERY_INVALID");

        Map<String, Object> badFill = new HashMap<>(query(List.of("cloudtrail_logs.event_time_date",
                "cloudtrail_logs.events"), Map.of()));
        badFill.put("fillFields", List.of("nope.event_time_date"));
        Http.Response fill = http.post("/api/query", badFill);
        assertThat(fill.status()).isEqualTo(400);
        assertThat(fill.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");

        Map<String, Object> fine = new HashMap<>(query(List.of("cloudtrail_logs.event_name",
                "cloudtrail_logs.events"), Map.of()));
        fine.put("sorts", List.of("cloudtrail_logs.aws_region", "pct desc"));
        fine.put("calculations", List.of(Map.of("name", "pct", "expression", "${cloudtrail_logs.events} * 2")));
        Http.Response ok = http.post("/api/query", fine);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("notes").toString()).contains("sort on 'cloudtrail_logs.aws_region' ignored: the query does not select it");
    }

    @Test
    void filtersAreFilterExpressionsNeverSql() {
        long accessDenied = fixture.count("SELECT count(*) FROM cloudtrail_logs WHERE errorcode = 'AccessDenied'");
        JsonNode one = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.error_code", "AccessDenied"))).json();
        assertThat(one.get("rows").get(0).get(0).asLong()).isEqualTo(accessDenied);
        for (String hostile : List.of("' OR '1'='1", "x'); DROP TABLE cloudtrail_logs; --", "AccessDenied' --",
                "AccessDenied OR 1=1")) {
            Http.Response response = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                    Map.of("cloudtrail_logs.error_code", hostile)));
            assertThat(response.status()).as(hostile).isEqualTo(200);
            assertThat(response.json().get("rows").get(0).get(0).asLong()).as(hostile).isZero();
        }
        Http.Response unterminated = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.error_code", "\" OR 1=1 --")));
        assertThat(unterminated.status()).isEqualTo(400);
        assertThat(unterminated.errorCode()).isEqualTo("FILTER_EXPRESSION");
        assertThat(fixture.count("SELECT count(*) FROM cloudtrail_logs")).isGreaterThan(accessDenied);
        JsonNode anded = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.error_code", List.of("Access%", "-AccessDenied")))).json();
        assertThat(anded.get("rows").get(0).get(0).asLong()).isEqualTo(fixture.count(
                "SELECT count(*) FROM cloudtrail_logs WHERE errorcode LIKE 'Access%' AND errorcode <> 'AccessDenied'"));
    }

    @Test
    void unknownFieldsAndExploresAreRefused() {
        Http.Response field = http.post("/api/query", query(List.of("cloudtrail_logs.nope"), Map.of()));
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        assertThat(field.json().get("error").get("number").asInt()).isEqualTo(1002);
        Http.Response sqlField = http.post("/api/query", query(List.of("1; DROP TABLE cloudtrail_logs"), Map.of()));
        assertThat(sqlField.status()).isEqualTo(400);
        assertThat(sqlField.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        Http.Response filterField = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.events) OR (1=1", "1")));
        assertThat(filterField.status()).isEqualTo(400);
        assertThat(filterField.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        Http.Response explore = http.post("/api/query", Map.of("explore", "nope", "fields", List.of("nope.x")));
        assertThat(explore.status()).isEqualTo(404);
        assertThat(explore.errorCode()).isEqualTo("WEB_NOT_FOUND");
        Http.Response model = http.post("/api/query", Map.of("model", "nope", "explore", EXPLORE,
                "fields", List.of("cloudtrail_logs.events")));
        assertThat(model.status()).isEqualTo(404);
        Http.Response badFilter = http.post("/api/query", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.event_time_date", "last fortnight please")));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.errorCode()).isEqualTo("FILTER_EXPRESSION");
    }

    @Test
    void limitsAreCappedOrRefused() {
        JsonNode huge = http.post("/api/query", Map.of("explore", EXPLORE, "fields",
                List.of("cloudtrail_logs.event_id"), "limit", 1_000_000)).json();
        assertThat(huge.get("rows").size()).isEqualTo(5000);
        assertThat(huge.get("truncated").asBoolean()).isTrue();
        Http.Response zero = http.post("/api/query", Map.of("explore", EXPLORE, "fields",
                List.of("cloudtrail_logs.events"), "limit", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.errorCode()).isEqualTo("QUERY_INVALID");
        Http.Response tooBig = http.post("/api/query", "{\"explore\": \"cloudtrail_logs\", \"fields\": "
                + "[\"cloudtrail_logs.events\"], \"limit\": 99999999999999999999}");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("error").get("message").asText()).isEqualTo("query 'limit' must be a whole number");
    }

    @Test
    void malformedBodiesAreBadRequests() {
        for (String body : List.of("", "{", "null", "[]", "{\"explore\": 5}", "{\"fields\": []}",
                "{\"explore\": \"cloudtrail_logs\", \"fields\": \"cloudtrail_logs.events\"}",
                "{\"explore\": \"cloudtrail_logs\", \"fields\": [\"cloudtrail_logs.events\"], \"sql\": \"SELECT 1\"}",
                "{\"explore\": \"cloudtrail_logs\", \"fields\": [\"cloudtrail_logs.events\"], \"filters\": {\"a\": {}}}")) {
            Http.Response response = http.post("/api/query", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.errorCode()).as(body).isEqualTo("WEB_BAD_REQUEST");
        }
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Http.Response nested = http.post("/api/query", "{\"explore\": " + deep + "}");
        assertThat(nested.status()).isEqualTo(400);
        Http.Response large = http.post("/api/query", "{\"explore\": \"" + "x".repeat(2_000_000) + "\"}");
        assertThat(large.status()).isBetween(400, 413);
    }

    @Test
    void sqlIsCompiledNotRun() {
        JsonNode body = http.post("/api/query/sql", query(List.of("cloudtrail_logs.events"),
                Map.of("cloudtrail_logs.error_code", "O'Brien"))).json();
        assertThat(body.get("sql").asText()).contains("'O''Brien'").contains("COUNT(*)");
    }

    @Test
    void downloadsAreCsvWithNeutralisedFormulas() {
        String q = URLEncoder.encode("{\"explore\": \"cloudtrail_logs\", \"fields\": [\"cloudtrail_logs.aws_region\","
                + " \"cloudtrail_logs.events\"], \"sorts\": [\"cloudtrail_logs.aws_region\"]}", StandardCharsets.UTF_8);
        Http.Response csv = http.get("/api/query/download?format=csv&q=" + q);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"explore-cloudtrail_logs.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("AWS Region,Events");
        assertThat(lines.length - 1L).isEqualTo(fixture.count("SELECT count(DISTINCT awsregion) FROM cloudtrail_logs"));
        assertThat(Downloads.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Downloads.neutralise("+1")).isEqualTo("'+1");
        assertThat(Downloads.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(Downloads.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Downloads.neutralise("plain")).isEqualTo("plain");
        assertThat(Downloads.cell("a,\"b\"\nc")).isEqualTo("\"a,\"\"b\"\"\nc\"");
        Http.Response json = http.get("/api/query/download?format=json&q=" + q);
        assertThat(json.json().get(0).has("cloudtrail_logs.aws_region")).isTrue();
        Http.Response format = http.get("/api/query/download?format=xlsx&q=" + q);
        assertThat(format.status()).isEqualTo(400);
        Http.Response missing = http.get("/api/query/download?format=csv");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void unknownEndpointsAnswerJson404() {
        Http.Response response = http.get("/api/nothing/here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("WEB_NOT_FOUND");
    }

    @Test
    void pagesAndVendorFilesAreServed() {
        for (String page : List.of("/", "/dashboards/general_operations", "/explore", "/explore/cloudtrail/cloudtrail_logs")) {
            Http.Response response = http.get(page);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.raw().headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
            assertThat(response.body()).as(page).contains("<html");
        }
        assertThat(http.get("/webjars/echarts/5.5.0/echarts.min.js").status()).isEqualTo(200);
        Http.Response world = http.get("/static/vendor/world.json");
        assertThat(world.status()).isEqualTo(200);
        assertThat(world.json().get("type").asText()).isEqualTo("FeatureCollection");
        Http.Response traversal = http.get("/static/../../../etc/passwd");
        assertThat(traversal.status()).isIn(400, 404);
        assertThat(traversal.body()).doesNotContain("root:");
        assertThat(http.get("/static/nope.js").status()).isEqualTo(404);
    }
}
