package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The eight dashboards: structure, references, layout, and every query tile running on DuckDB. */
final class TestBlockDashboards {
    private static final TestingBlock BLOCK = TestingBlock.load();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Tile(String dashboard, String name, String explore, List<String> fields, Map<String, String> filters, List<String> sorts, int limit) {
    }

    static Map<String, JsonNode> dashboards() throws IOException {
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        for (String file : BuiltInBlock.FILES) {
            if (file.endsWith(".dashboard.lookml")) {
                JsonNode root = YAML.readTree(BuiltInBlock.read(file));
                assertThat(root.isArray() && root.size() == 1).as(file).isTrue();
                dashboards.put(file, root.get(0));
            }
        }
        return dashboards;
    }

    static List<Tile> tiles() throws IOException {
        List<Tile> tiles = new ArrayList<>();
        for (JsonNode dashboard : dashboards().values()) {
            for (JsonNode element : dashboard.get("elements")) {
                if (element.get("type").asText().equals("text")) {
                    continue;
                }
                Map<String, String> filters = new LinkedHashMap<>();
                if (element.hasNonNull("filters")) {
                    element.get("filters").fields().forEachRemaining(entry -> filters.put(entry.getKey(), entry.getValue().asText()));
                }
                tiles.add(new Tile(dashboard.get("dashboard").asText(), element.get("name").asText(), element.get("explore").asText(),
                        texts(element.get("fields")), filters, texts(element.get("sorts")), element.path("limit").asInt(500)));
            }
        }
        return tiles;
    }

    private static List<String> texts(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null) {
            list.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    @Test
    void theEightDashboards() throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : dashboards().entrySet()) {
            JsonNode dashboard = entry.getValue();
            assertThat(entry.getKey()).isEqualTo(dashboard.get("dashboard").asText() + ".dashboard.lookml");
            assertThat(dashboard.get("layout").asText()).isEqualTo("newspaper");
            titles.put(dashboard.get("dashboard").asText(), dashboard.get("title").asText());
        }
        assertThat(titles).containsExactly(Map.entry("general_operations", "General Operations"),
                Map.entry("error_overview", "Error Overview"), Map.entry("console_login_overview", "Console Login Overview"),
                Map.entry("ec2_security_group_modifications", "EC2 Security Group Modifications"),
                Map.entry("operational_account_activity", "Operational Account Activity"),
                Map.entry("security_overview", "Security Overview"), Map.entry("accounts_and_regions", "Accounts & Regions"),
                Map.entry("investigate", "Investigate"));
        assertThat(tiles()).hasSize(65);
    }

    @Test
    void everyReferenceResolves() throws IOException {
        for (JsonNode dashboard : dashboards().values()) {
            String id = dashboard.get("dashboard").asText();
            Set<String> filterNames = new HashSet<>();
            for (JsonNode filter : dashboard.get("filters")) {
                assertThat(filterNames.add(filter.get("name").asText())).as(id + " filter names").isTrue();
                assertThat(filter.get("type").asText()).isIn("date_filter", "field_filter");
                assertThat(filter.get("default_value").asText()).as("defaults are empty: all of the store").isEmpty();
                if (filter.get("type").asText().equals("field_filter")) {
                    assertThat(filter.get("model").asText()).isEqualTo("cloudtrail");
                    assertThat(BLOCK.hasField(filter.get("field").asText())).as(id + " " + filter.get("field")).isTrue();
                }
            }
            assertThat(filterNames).contains("Date");
            Set<String> names = new HashSet<>();
            for (JsonNode element : dashboard.get("elements")) {
                String name = id + "/" + element.get("name").asText();
                assertThat(names.add(name)).as(name + " is unique").isTrue();
                if (element.get("type").asText().equals("text")) {
                    assertThat(element.get("title_text").asText()).isNotBlank();
                    assertThat(element.get("body_text").asText()).isNotBlank();
                    continue;
                }
                assertThat(element.get("model").asText()).isEqualTo("cloudtrail");
                assertThat(BLOCK.explores).as(name).containsKey(element.get("explore").asText());
                List<String> fields = texts(element.get("fields"));
                List<String> referenced = new ArrayList<>(fields);
                referenced.addAll(texts(element.get("pivots")));
                referenced.addAll(texts(element.get("fill_fields")));
                referenced.addAll(texts(element.get("hidden_fields")));
                texts(element.get("sorts")).forEach(sort -> referenced.add(sort.split(" ")[0]));
                if (element.hasNonNull("filters")) {
                    element.get("filters").fieldNames().forEachRemaining(referenced::add);
                }
                referenced.forEach(field -> assertThat(BLOCK.hasField(field)).as(name + " uses " + field).isTrue());
                assertThat(fields).as(name + " pivots and fills are selected").containsAll(texts(element.get("pivots")))
                        .containsAll(texts(element.get("fill_fields")));
                JsonNode listen = element.get("listen");
                assertThat(listen).as(name + " listens").isNotNull();
                assertThat(listen.get("Date").asText()).as(name + " follows the Date filter").isEqualTo("cloudtrail_logs.event_time_time");
                listen.fields().forEachRemaining(entry -> {
                    assertThat(filterNames).as(name + " listens to " + entry.getKey()).contains(entry.getKey());
                    assertThat(BLOCK.hasField(entry.getValue().asText())).as(name + " listens on " + entry.getValue()).isTrue();
                });
            }
        }
    }

    @Test
    void newspaperLayoutFitsAndNothingOverlaps() throws IOException {
        for (JsonNode dashboard : dashboards().values()) {
            List<int[]> boxes = new ArrayList<>();
            for (JsonNode element : dashboard.get("elements")) {
                int row = element.get("row").asInt();
                int col = element.get("col").asInt();
                int width = element.get("width").asInt();
                int height = element.get("height").asInt();
                String name = dashboard.get("dashboard").asText() + "/" + element.get("name").asText();
                assertThat(row).as(name).isNotNegative();
                assertThat(col).as(name).isNotNegative();
                assertThat(width).as(name).isPositive();
                assertThat(height).as(name).isPositive();
                assertThat(col + width).as(name + " fits 24 columns").isLessThanOrEqualTo(24);
                for (int[] other : boxes) {
                    boolean overlaps = row < other[0] + other[3] && other[0] < row + height && col < other[1] + other[2] && other[1] < col + width;
                    assertThat(overlaps).as(name + " overlaps another tile").isFalse();
                }
                boxes.add(new int[] {row, col, width, height});
            }
        }
    }

    @Test
    void everyTileRunsOnTheFixture() throws IOException {
        Path fixture = TestingStores.fixture();
        for (Tile tile : tiles()) {
            TestingStores.rows(fixture, BLOCK.query(tile.explore(), tile.fields(), tile.filters(), tile.sorts(), tile.limit()));
        }
    }

    @Test
    void everyTileRunsOnGrycapWithTheRightNumbers() throws IOException {
        Optional<Path> grycap = TestingStores.grycap();
        org.junit.jupiter.api.Assumptions.assumeTrue(grycap.isPresent(), TestingStores.SKIP_MESSAGE);
        Map<String, List<List<String>>> results = new LinkedHashMap<>();
        for (Tile tile : tiles()) {
            results.put(tile.dashboard() + "/" + tile.name(),
                    TestingStores.rows(grycap.get(), BLOCK.query(tile.explore(), tile.fields(), tile.filters(), tile.sorts(), tile.limit())));
        }
        assertThat(results.get("security_overview/Events")).containsExactly(List.of("11412"));
        assertThat(results.get("security_overview/Root Events")).containsExactly(List.of("21"));
        assertThat(results.get("security_overview/Accounts")).containsExactly(List.of("1"));
        assertThat(results.get("security_overview/3.1 Unauthorized API Calls")).containsExactly(List.of("65"));
        assertThat(results.get("security_overview/3.10 Security Group Changes")).containsExactly(List.of("90"));
        assertThat(results.get("security_overview/Console Logins without MFA")).containsExactly(List.of("16"));
        assertThat(results.get("console_login_overview/Console Logins Over Time")).containsExactly(List.of("2017-06-01", "16", "0"));
        assertThat(results.get("error_overview/Top Error Codes").get(0)).containsExactly("NoSuchWebsiteConfiguration", "502");
        assertThat(results.get("ec2_security_group_modifications/Security Group Modifications")).hasSizeGreaterThanOrEqualTo(90);
        assertThat(results.get("ec2_security_group_modifications/Rules Opened to the World")).hasSize(17);
        assertThat(results.get("operational_account_activity/Root Activity").stream().mapToLong(row -> Long.parseLong(row.get(3))).sum())
                .isEqualTo(21);
    }
}
