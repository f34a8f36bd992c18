package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailscope.query.filter.FilterExpression;
import io.trailscope.query.filter.FilterExpressions;
import io.trailscope.query.filter.FilterKind;
import io.trailscope.query.filter.StringEquals;
import io.trailscope.query.filter.StringFilter;
import io.trailscope.query.filter.StringTerm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drill: row values become exact filters, whatever they contain. */
final class TestDrillApi {
    private final WebFixture fixture = WebFixture.shared();
    private final Http http = fixture.http;

    private static Map<String, Object> drill(String measure, Map<String, Object> row) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "cloudtrail");
        body.put("explore", "cloudtrail_logs");
        body.put("measure", measure);
        body.put("row", row);
        body.put("limit", 5000);
        return body;
    }

    @Test
    void aDrillListsTheEventsBehindTheNumber() {
        JsonNode top = http.post("/api/query", Map.of("explore", "cloudtrail_logs", "fields", List.of(
                "cloudtrail_logs.event_name", "cloudtrail_logs.event_time_date", "cloudtrail_logs.events"),
                "sorts", List.of("cloudtrail_logs.events desc"), "limit", 1)).json().get("rows").get(0);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cloudtrail_logs.event_name", top.get(0).asText());
        row.put("cloudtrail_logs.event_time_date", top.get(1).asText());
        row.put("cloudtrail_logs.events", top.get(2).asLong());
        Http.Response response = http.post("/api/drill", drill("cloudtrail_logs.events", row));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("rows").size()).isEqualTo(top.get(2).asInt());
        assertThat(body.get("columns").get(0).get("field").asText()).isEqualTo("cloudtrail_logs.event_id");
        assertThat(body.get("columns").get(0).get("eventId").asBoolean()).isTrue();
        JsonNode filters = body.get("query").get("filters");
        assertThat(filters.get("cloudtrail_logs.event_time_date").asText()).isEqualTo(top.get(1).asText());
        assertThat(filters.has("cloudtrail_logs.events")).isFalse();
    }

    @Test
    void timeframeValuesBecomeTheirBucket() {
        JsonNode top = http.post("/api/query", Map.of("explore", "cloudtrail_logs", "fields", List.of(
                "cloudtrail_logs.event_time_hour", "cloudtrail_logs.events"),
                "sorts", List.of("cloudtrail_logs.events desc"), "limit", 1)).json().get("rows").get(0);
        JsonNode body = http.post("/api/drill", drill("cloudtrail_logs.events",
                Map.of("cloudtrail_logs.event_time_hour", top.get(0).asText()))).json();
        assertThat(body.get("rows").size()).isEqualTo(top.get(1).asInt());
        assertThat(body.get("query").get("filters").get("cloudtrail_logs.event_time_hour").asText())
                .isEqualTo(top.get(0).asText() + ":00 for 1 hours");
    }

    @Test
    void hostileRowValuesMatchOnlyThemselves() {
        for (String hostile : List.of("ConsoleLogin,RunInstances", "%", "_", "-ConsoleLogin", "NULL", "null", "EMPTY",
                "' OR '1'='1", "x'); DROP TABLE cloudtrail_logs; --", "^", "\"ConsoleLogin\"", " ConsoleLogin ",
                "Console%", "a^,b", "🙂,%")) {
            String escaped = FilterEscapes.exact(hostile);
            FilterExpression parsed = FilterExpressions.parse(escaped, FilterKind.STRING).orElseThrow();
            assertThat(parsed).as(hostile).isEqualTo(new StringFilter(List.of(StringTerm.is(new StringEquals(hostile)))));
            Http.Response response = http.post("/api/drill", drill("cloudtrail_logs.events",
                    Map.of("cloudtrail_logs.event_name", hostile)));
            assertThat(response.status()).as(hostile).isEqualTo(200);
            assertThat(response.json().get("rows").size()).as(hostile).isZero();
        }
    }

    @Test
    void nullRowValuesDrillIntoNull() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cloudtrail_logs.error_code", null);
        JsonNode body = http.post("/api/drill", drill("cloudtrail_logs.events", row)).json();
        assertThat(body.get("query").get("filters").get("cloudtrail_logs.error_code").asText()).isEqualTo("NULL");
        assertThat((long) body.get("rows").size()).isEqualTo(Math.min(5000, fixture.count(
                "SELECT count(*) FROM cloudtrail_logs WHERE errorcode IS NULL")));
    }

    @Test
    void malformedDrillsAreRefused() {
        Http.Response date = http.post("/api/drill", drill("cloudtrail_logs.events",
                Map.of("cloudtrail_logs.event_time_date", "7 days")));
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.errorCode()).isEqualTo("WEB_BAD_REQUEST");
        Http.Response number = http.post("/api/drill", drill("cloudtrail_logs.events",
                Map.of("cloudtrail_logs.resource_count", "1 OR 1=1")));
        assertThat(number.status()).isEqualTo(400);
        Http.Response notMeasure = http.post("/api/drill", drill("cloudtrail_logs.event_name", Map.of()));
        assertThat(notMeasure.status()).isEqualTo(400);
        Http.Response unknown = http.post("/api/drill", drill("cloudtrail_logs.events",
                Map.of("cloudtrail_logs.nope", "x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("QUERY_UNKNOWN_FIELD");
        Http.Response nested = http.post("/api/drill", drill("cloudtrail_logs.events",
                Map.of("cloudtrail_logs.event_name", List.of("a"))));
        assertThat(nested.status()).isEqualTo(400);
    }
}
