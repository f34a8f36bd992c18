package io.trailscope.lookml.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.TestingFixtures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestDashboardParser {
    private static final String CALLS = "dashboards/call_overview.dashboard.lookml";
    private static final String SIGN_INS = "dashboards/sign_ins.dashboard.lookml";

    @Test
    void readsDashboardLevelKeys() {
        DashboardFile file = DashboardParser.parse(CALLS, TestingFixtures.project(CALLS));
        assertThat(file.path()).isEqualTo(CALLS);
        assertThat(file.diagnostics()).isEmpty();
        DashboardDefinition dashboard = file.dashboards().get(0);
        assertThat(dashboard.name()).isEqualTo("call_overview");
        assertThat(dashboard.title()).contains("Call Overview");
        assertThat(dashboard.layout()).contains("newspaper");
        assertThat(dashboard.description()).contains("Who calls what, and how often it fails");
        assertThat(dashboard.refresh()).contains("1 hour");
        assertThat(dashboard.preferredViewer()).contains("dashboards-next");
        assertThat(dashboard.crossfilterEnabled()).contains(true);
        assertThat(dashboard.autoRun()).contains(false);
        assertThat(dashboard.embedStyle()).containsExactly(Map.entry("background_color", "#ffffff"),
                Map.entry("show_title", true));
        assertThat(dashboard.otherKeys()).isEmpty();
        assertThat(dashboard.location()).isEqualTo(new SourceLocation(CALLS, 1, 3));
        assertThat(dashboard.elements()).extracting(DashboardElement::name)
                .containsExactly("Top Calls", "Calls by Weekday", "intro");
        assertThat(dashboard.filters()).extracting(DashboardFilterDefinition::name).containsExactly("Date", "Region");
    }

    @Test
    void readsDashboardFilters() {
        DashboardDefinition dashboard = DashboardParser.parse(CALLS, TestingFixtures.project(CALLS)).dashboards().get(0);
        DashboardFilterDefinition date = dashboard.filter("Date").orElseThrow();
        assertThat(date.locationOf("default_value")).isEqualTo(new SourceLocation(CALLS, 83, 5));
        assertThat(date.locationOf("absent")).isEqualTo(date.location());
        assertThat(date).isEqualTo(new DashboardFilterDefinition("Date", Optional.of("Date"),
                Optional.of(DashboardFilterDefinition.DATE_FILTER), Optional.of("7 days"), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(true), Optional.of(false),
                ordered("type", "relative_timeframes", "display", "inline"), Map.of(), new SourceLocation(CALLS, 80, 5),
                date.keyLocations()));
        assertThat(date.keyLocations().keySet()).containsExactly("name", "title", "type", "default_value",
                "allow_multiple_values", "required", "listens_to_filters", "ui_config");
        DashboardFilterDefinition region = dashboard.filter("Region").orElseThrow();
        assertThat(region.type()).contains(DashboardFilterDefinition.FIELD_FILTER);
        assertThat(region.defaultValue()).contains("");
        assertThat(region.model()).contains("trail_audit");
        assertThat(region.explore()).contains("api_calls");
        assertThat(region.field()).contains("api_calls.region");
        assertThat(region.listensToFilters()).containsExactly("Date");
        assertThat(region.uiConfig()).containsExactly(Map.entry("type", "tag_list"), Map.entry("display", "popover"),
                Map.entry("options", List.of()));
    }

    @Test
    void readsAQueryTileWithItsVisualKeysInOrder() {
        DashboardElement top = DashboardParser.parse(CALLS, TestingFixtures.project(CALLS)).dashboards().get(0)
                .element("Top Calls").orElseThrow();
        assertThat(top.location()).isEqualTo(new SourceLocation(CALLS, 13, 5));
        assertThat(top.locationOf("sorts")).isEqualTo(new SourceLocation(CALLS, 22, 5));
        assertThat(top.title()).contains("Top Calls");
        assertThat(top.type()).contains("looker_bar");
        assertThat(top.hasQuery()).isTrue();
        assertThat(top.query()).isEqualTo(new ElementQuery(Optional.of("trail_audit"), Optional.of("api_calls"),
                List.of("api_calls.call_count", "api_calls.call_name"), List.of(), List.of(),
                ordered("api_calls.region", "", "api_calls.call_name", "%Instance%,-%Describe%"),
                List.of("api_calls.call_count desc"), Optional.of(10), Optional.of(50),
                ordered("Date", "api_calls.called_date", "Region", "api_calls.region"), List.of(), List.of(),
                Optional.of("America/Los_Angeles")));
        assertThat(List.copyOf(top.query().filters().keySet())).containsExactly("api_calls.region", "api_calls.call_name");
        assertThat(top.layout()).isEqualTo(new ElementLayout(Optional.of(0), Optional.of(0), Optional.of(12), Optional.of(8)));
        assertThat(List.copyOf(top.visual().keySet()))
                .containsExactly("stacking", "show_value_labels", "series_colors", "y_axes");
        assertThat(top.visual().get("stacking")).isEqualTo("");
        assertThat(top.visual().get("show_value_labels")).isEqualTo(false);
        assertThat(top.visual().get("series_colors")).isEqualTo(Map.of("api_calls.call_count", "#1f3e5a"));
        assertThat(top.visual().get("y_axes")).isEqualTo(List.of(ordered("label", "", "orientation", "left", "series",
                List.of(ordered("id", "api_calls.call_count", "name", "Calls")), "showLabels", true)));
    }

    @Test
    void keepsDynamicFieldsRawAndDropsExportArtefacts() {
        DashboardElement weekday = DashboardParser.parse(CALLS, TestingFixtures.project(CALLS)).dashboards().get(0)
                .element("Calls by Weekday").orElseThrow();
        ElementQuery query = weekday.query();
        assertThat(query.pivots()).containsExactly("api_calls.called_day_of_week");
        assertThat(query.fillFields()).containsExactly("api_calls.called_hour_of_day", "api_calls.called_day_of_week");
        assertThat(query.filters()).isEmpty();
        assertThat(query.sorts()).containsExactly("api_calls.called_day_of_week 0", "api_calls.called_hour_of_day");
        assertThat(query.limit()).contains(500);
        assertThat(query.columnLimit()).isEmpty();
        assertThat(query.hiddenFields()).containsExactly("api_calls.error_share");
        assertThat(query.dynamicFields()).containsExactly(
                ordered("table_calculation", "error_rate", "label", "Error Rate",
                        "expression", "${api_calls.error_count} / ${api_calls.call_count}", "value_format", null,
                        "value_format_name", "percent_0"),
                ordered("table_calculation", "calls", "expression", "${api_calls.call_count}"));
        assertThat(weekday.text().noteText()).contains("Times are UTC");
        assertThat(weekday.visual()).containsExactly(Map.entry("label", "A stray label"));
    }

    @Test
    void readsATextTile() {
        DashboardElement intro = DashboardParser.parse(CALLS, TestingFixtures.project(CALLS)).dashboards().get(0)
                .element("intro").orElseThrow();
        assertThat(intro.hasQuery()).isFalse();
        assertThat(intro.type()).contains("text");
        assertThat(intro.title()).isEmpty();
        assertThat(intro.text()).isEqualTo(new ElementText(Optional.of("About this dashboard"), Optional.of("read me"),
                Optional.of("Calls are **API events**.\nFailures have an error message."), Optional.empty()));
        assertThat(intro.layout()).isEqualTo(new ElementLayout(Optional.of(8), Optional.of(0), Optional.of(24), Optional.of(2)));
        assertThat(intro.visual()).isEmpty();
    }

    @Test
    void duplicateKeysKeepTheLastWithAWarning() {
        DashboardFile file = DashboardParser.parse(SIGN_INS, TestingFixtures.project(SIGN_INS));
        assertThat(file.diagnostics()).containsExactly(Diagnostic.warning(new SourceLocation(SIGN_INS, 23, 5),
                "duplicate key 'row' (first at line 19); the last one wins"));
        assertThat(file.diagnostics().get(0).toString())
                .isEqualTo(SIGN_INS + ":23:5: warning: duplicate key 'row' (first at line 19); the last one wins");
        DashboardDefinition dashboard = file.dashboards().get(0);
        assertThat(dashboard.tileSize()).contains(100);
        assertThat(dashboard.width()).contains(1200);
        DashboardElement map = dashboard.elements().get(0);
        assertThat(map.layout().row()).contains(1);
        assertThat(map.query().sorts()).containsExactly("api_calls.call_count desc");
        assertThat(map.visual()).containsExactly(Map.entry("map", "auto"), Map.entry("map_position", "custom"),
                Map.entry("map_latitude", 21.5));
        DashboardFilterDefinition date = dashboard.filters().get(0);
        assertThat(date.model()).isEmpty();
        assertThat(date.explore()).isEmpty();
        assertThat(date.field()).contains("api_calls.no_such_field");
        assertThat(date.defaultValue()).contains("48 hours");
    }

    @Test
    void oddShapesAreWarningsNotFailures() {
        String text = """
                - dashboard: x
                  elements:
                  - name: a
                    limit: lots
                    fields: {a: b}
                    dimensions: [v.d]
                    measures: [v.m]
                    note: {text: hello, state: collapsed}
                    default_value: 5
                  - title: no name
                  - just a string
                  filters:
                  - title: nameless
                  - name: n
                    default_value: 10
                    allow_multiple_values: maybe
                - title: no dashboard key
                """;
        DashboardFile file = DashboardParser.parse("d.dashboard.lookml", text);
        assertThat(file.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "d.dashboard.lookml:4:5: warning: 'limit' in element 'a' of dashboard 'x' should be a whole number; it is ignored",
                "d.dashboard.lookml:5:5: warning: 'fields' in element 'a' of dashboard 'x' should be a list; it is ignored",
                "d.dashboard.lookml:10:5: warning: element 2 of dashboard 'x' has no 'name'; calling it 'element_2'",
                "d.dashboard.lookml:11:5: warning: an item of 'elements' of dashboard 'x' is not a mapping; it is ignored",
                "d.dashboard.lookml:13:5: warning: a filter of dashboard 'x' has no 'name'; it is ignored",
                "d.dashboard.lookml:16:5: warning: 'allow_multiple_values' in filter 'n' should be true or false; it is ignored",
                "d.dashboard.lookml:17:3: warning: a dashboard without 'dashboard: name' is ignored");
        DashboardDefinition dashboard = file.dashboards().get(0);
        DashboardElement first = dashboard.elements().get(0);
        assertThat(first.query().fields()).containsExactly("v.d", "v.m");
        assertThat(first.query().limit()).isEmpty();
        assertThat(first.text().noteText()).contains("hello");
        assertThat(first.visual()).containsKeys("note", "default_value");
        assertThat(dashboard.elements().get(1).name()).isEqualTo("element_2");
        assertThat(dashboard.filters()).singleElement().satisfies(filter -> {
            assertThat(filter.defaultValue()).contains("10");
            assertThat(filter.allowMultipleValues()).isEmpty();
        });
    }

    @Test
    void acceptsASingleMappingAnEmptyFileAndUnusualScalars() {
        DashboardFile single = DashboardParser.parse("s", "dashboard: solo\ntitle: yes\nrefresh: 5\n");
        assertThat(single.dashboards()).singleElement().satisfies(dashboard -> {
            assertThat(dashboard.name()).isEqualTo("solo");
            assertThat(dashboard.title()).contains("yes");
            assertThat(dashboard.refresh()).contains("5");
        });
        assertThat(DashboardParser.parse("e", "").dashboards()).isEmpty();
        assertThat(DashboardParser.parse("e", "# only a comment\n").dashboards()).isEmpty();
        DashboardFile tagged = DashboardParser.parse("t", "- dashboard: a\n  b: &x 1\n  c: *x\n  d: !!binary aGk=\n");
        assertThat(tagged.dashboards().get(0).otherKeys()).containsKeys("b", "c", "d");
        DashboardFile nulls = DashboardParser.parse("n", "- dashboard: a\n  elements:\n  filters: ~\n  title:\n");
        assertThat(nulls.dashboards().get(0).elements()).isEmpty();
        assertThat(nulls.dashboards().get(0).title()).isEmpty();
        assertThat(nulls.diagnostics()).isEmpty();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> list = Arrays.asList(keysAndValues);
        for (int i = 0; i < list.size(); i += 2) {
            map.put((String) list.get(i), list.get(i + 1));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(String... keysAndValues) {
        return (Map<String, V>) ordered((Object[]) keysAndValues);
    }
}
