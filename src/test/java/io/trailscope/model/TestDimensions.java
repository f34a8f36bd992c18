package io.trailscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.error.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestDimensions {
    private static final String VIEW = """
            view: events {
              sql_table_name: audit.events ;;
              dimension: id { primary_key: yes type: number }
              dimension: name {}
              dimension: is_error { type: yesno sql: ${TABLE}.error IS NOT NULL ;; }
              dimension: size_tier { type: tier tiers: [0, 10, 20] style: integer sql: ${TABLE}.size ;; }
              dimension: day { type: date sql: ${TABLE}.day ;; }
              dimension: seen { type: date_time }
              dimension: zip { type: zipcode }
              dimension: spot { type: location sql_latitude: ${TABLE}.lat ;; sql_longitude: ${TABLE}.lon ;; }
              dimension: raw_text { type: unquoted }
              dimension: severity {
                case: {
                  when: { sql: ${TABLE}.level > 2 ;; label: "High" }
                  when: { sql: ${TABLE}.level > 0 ;; label: "Low" }
                  else: "None"
                }
              }
              dimension: region { label: "AWS Region" group_label: "Where" description: "d" hidden: yes
                value_format_name: decimal_0 map_layer_name: countries suggestions: no tags: ["a", "b"] }
            }
            """;

    @Test
    void readsEveryDimensionType() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        View view = model.view("events").orElseThrow();
        assertThat(view.fields().keySet()).containsExactly("id", "name", "is_error", "size_tier", "day", "seen", "zip",
                "spot", "raw_text", "severity", "region");
        assertThat(types(view)).containsExactly(DimensionType.NUMBER, DimensionType.STRING, DimensionType.YESNO,
                DimensionType.TIER, DimensionType.DATE, DimensionType.DATE_TIME, DimensionType.ZIPCODE,
                DimensionType.LOCATION, DimensionType.UNQUOTED, DimensionType.STRING, DimensionType.STRING);
        assertThat(view.primaryKey().map(Dimension::name)).contains("id");
        Dimension tier = (Dimension) view.field("size_tier").orElseThrow();
        assertThat(tier.tiers().orElseThrow()).isEqualTo(new TierSpec(
                List.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("20")), TierStyle.INTEGER));
        Dimension spot = (Dimension) view.field("spot").orElseThrow();
        assertThat(spot.sql()).isEmpty();
        assertThat(spot.location().orElseThrow().latitude().text()).isEqualTo("${TABLE}.lat");
        Dimension severity = (Dimension) view.field("severity").orElseThrow();
        assertThat(severity.cases().orElseThrow().whens()).extracting(CaseSpec.When::label)
                .containsExactly("High", "Low");
        assertThat(severity.cases().orElseThrow().otherwise()).contains("None");
    }

    @Test
    void defaultsSqlToTheColumnOfTheSameName() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        Dimension name = (Dimension) model.field("events", "name").orElseThrow();
        SqlTemplate sql = name.sql().orElseThrow();
        assertThat(sql.text()).isEqualTo("${TABLE}.name");
        assertThat(sql.references()).singleElement().satisfies(reference -> assertThat(reference.isTable()).isTrue());
    }

    @Test
    void keepsPresentationParameters() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        FieldInfo info = model.field("events", "region").orElseThrow().info();
        assertThat(info.label()).contains("AWS Region");
        assertThat(info.groupLabel()).contains("Where");
        assertThat(info.description()).contains("d");
        assertThat(info.hidden()).isTrue();
        assertThat(info.valueFormatName()).contains("decimal_0");
        assertThat(info.mapLayerName()).contains("countries");
        assertThat(info.suggestions()).contains(false);
        assertThat(info.tags()).containsExactly("a", "b");
        assertThat(info.location().toString()).isEqualTo("v.view.lkml:19:14");
    }

    @Test
    void expandsTimeGroupsIntoOneFieldPerTimeframe() {
        Model model = TestingModels.model(TestingModels.withView("", """
                view: events {
                  dimension_group: created {
                    type: time
                    label: "Created"
                    timeframes: [raw, date, minute15, day_of_week]
                    convert_tz: no
                    datatype: epoch
                    sql: ${TABLE}.created_at ;;
                  }
                  dimension_group: seen { type: time }
                }
                """));
        View view = model.view("events").orElseThrow();
        assertThat(view.fields().keySet()).containsExactly("created_raw", "created_date", "created_minute15",
                "created_day_of_week", "seen_raw", "seen_time", "seen_date", "seen_week", "seen_month", "seen_quarter",
                "seen_year");
        Dimension minute = (Dimension) view.field("created_minute15").orElseThrow();
        assertThat(minute.type()).isEqualTo(DimensionType.TIMEFRAME);
        assertThat(minute.timeframe().orElseThrow()).isEqualTo(new TimeframeSpec("created", "minute15", false,
                Datatype.EPOCH, new SourceLocation("v.view.lkml", 5, 29)));
        assertThat(minute.sql().orElseThrow().text()).isEqualTo("${TABLE}.created_at");
        assertThat(minute.info().label()).contains("Created Minute15");
        assertThat(minute.info().groupLabel()).contains("Created");
        assertThat(minute.info().groupItemLabel()).contains("Minute15");
        Dimension seen = (Dimension) view.field("seen_date").orElseThrow();
        assertThat(seen.timeframe().orElseThrow()).isEqualTo(new TimeframeSpec("seen", "date", true,
                Datatype.TIMESTAMP, new SourceLocation("v.view.lkml", 10, 20)));
        assertThat(seen.sql().orElseThrow().text()).isEqualTo("${TABLE}.seen");
        assertThat(seen.info().groupLabel()).contains("Seen");
    }

    @Test
    void expandsDurationGroupsIntoOneFieldPerInterval() {
        Model model = TestingModels.model(TestingModels.withView("", """
                view: sessions {
                  dimension_group: open {
                    type: duration
                    intervals: [day, hour]
                    sql_start: ${TABLE}.started ;;
                    sql_end: ${TABLE}.ended ;;
                  }
                }
                """));
        View view = model.view("sessions").orElseThrow();
        assertThat(view.fields().keySet()).containsExactly("days_open", "hours_open");
        Dimension days = (Dimension) view.field("days_open").orElseThrow();
        assertThat(days.type()).isEqualTo(DimensionType.DURATION);
        assertThat(days.duration().orElseThrow().interval()).isEqualTo("day");
        assertThat(days.duration().orElseThrow().sqlEnd().text()).isEqualTo("${TABLE}.ended");
        assertThat(days.sql()).isEqualTo(Optional.empty());
    }

    private static List<DimensionType> types(View view) {
        return view.fields().values().stream().map(field -> ((Dimension) field).type()).toList();
    }
}
