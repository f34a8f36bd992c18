package io.trailscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class TestMeasures {
    private static final String VIEW = """
            view: events {
              set: people { fields: [user, team] }
              set: detail { fields: [people*, name, -team] }
              drill_fields: [name]
              dimension: user {}
              dimension: team {}
              dimension: name {}
              dimension: error {}
              measure: count { type: count drill_fields: [detail*, count] }
              measure: users { type: count_distinct sql: ${user} ;; }
              measure: total { type: sum sql: ${TABLE}.bytes ;; }
              measure: mean { type: average sql: ${TABLE}.bytes ;; }
              measure: low { type: min sql: ${TABLE}.bytes ;; }
              measure: high { type: max sql: ${TABLE}.bytes ;; }
              measure: middle { type: median sql: ${TABLE}.bytes ;; }
              measure: p90 { type: percentile percentile: 90 sql: ${TABLE}.bytes ;; }
              measure: names { type: list list_field: name }
              measure: unique_total { type: sum_distinct sql: ${TABLE}.bytes ;; sql_distinct_key: ${user} ;; }
              measure: unique_mean { type: average_distinct sql: ${TABLE}.bytes ;; }
              measure: ratio { type: number sql: 1.0 * ${total} / NULLIF(${events.count}, 0) ;; }
              measure: errors {
                type: count
                filters: {
                  field: error   ### inline comment
                  value: "-NULL"
                }
                filters: { field: name value: "Console%" }
              }
              measure: new_errors { type: count filters: [error: "-NULL", events.name: "A,B"] }
            }
            """;

    @Test
    void readsEveryMeasureType() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        List<MeasureType> types = model.view("events").orElseThrow().fields().values().stream()
                .filter(Measure.class::isInstance).map(field -> ((Measure) field).type()).toList();
        assertThat(types).containsExactly(MeasureType.COUNT, MeasureType.COUNT_DISTINCT, MeasureType.SUM,
                MeasureType.AVERAGE, MeasureType.MIN, MeasureType.MAX, MeasureType.MEDIAN, MeasureType.PERCENTILE,
                MeasureType.LIST, MeasureType.SUM_DISTINCT, MeasureType.AVERAGE_DISTINCT, MeasureType.NUMBER,
                MeasureType.COUNT, MeasureType.COUNT);
        assertThat(measure(model, "p90").percentile()).isEqualTo(OptionalInt.of(90));
        assertThat(measure(model, "names").listField()).contains("name");
        assertThat(measure(model, "unique_total").sqlDistinctKey().orElseThrow().text()).isEqualTo("${user}");
        assertThat(TestingModels.messages(TestingModels.withView("", VIEW))).isEmpty();
    }

    @Test
    void readsFiltersInBothSyntaxes() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        assertThat(measure(model, "errors").filters()).extracting(Object::toString).containsExactly(
                "MeasureFilter[field=error, expression=-NULL, location=v.view.lkml:24:14]",
                "MeasureFilter[field=name, expression=Console%, location=v.view.lkml:27:23]");
        assertThat(measure(model, "new_errors").filters()).extracting(Object::toString).containsExactly(
                "MeasureFilter[field=error, expression=-NULL, location=v.view.lkml:29:47]",
                "MeasureFilter[field=events.name, expression=A,B, location=v.view.lkml:29:63]");
    }

    @Test
    void expandsSetsAndDrillFields() {
        Model model = TestingModels.model(TestingModels.withView("", VIEW));
        View view = model.view("events").orElseThrow();
        assertThat(view.sets().get("detail").fields()).containsExactly("events.user", "events.name");
        assertThat(measure(model, "count").info().drillFields())
                .containsExactly("events.user", "events.name", "events.count");
        assertThat(measure(model, "users").info().drillFields()).containsExactly("events.name");
        assertThat(model.field("events", "name").orElseThrow().info().drillFields()).isEmpty();
    }

    @Test
    void aMeasureWithoutTypeIsComposite() {
        Model model = TestingModels.model(TestingModels.withView("", """
                view: v { measure: a { type: count } measure: b { sql: ${a} * 2 ;; } }
                """));
        assertThat(measure(model, "v", "b").type()).isEqualTo(MeasureType.STRING);
        assertThat(measure(model, "v", "b").type().isComposite()).isTrue();
    }

    private static Measure measure(Model model, String name) {
        return measure(model, "events", name);
    }

    private static Measure measure(Model model, String view, String name) {
        return (Measure) model.field(view, name).orElseThrow();
    }
}
