package io.trailscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class TestRefinementsAndExtends {
    @Test
    void refinementsMergeFieldsInIncludeOrder() {
        SemanticProject project = TestingModels.project(Map.of(
                "m.model.lkml", "include: \"base.view\"\ninclude: \"more.view\"\nexplore: events {}\n",
                "base.view.lkml", """
                        view: events {
                          sql_table_name: a.events ;;
                          dimension: name { label: "Name" sql: ${TABLE}.n ;; }
                          measure: count { type: count filters: [name: "x"] }
                        }
                        """,
                "more.view.lkml", """
                        view: +events {
                          sql_table_name: b.events ;;
                          dimension: name { description: "refined" }
                          dimension: extra {}
                          measure: count { filters: [extra: "y"] }
                        }
                        """));
        assertThat(TestingModels.messages(project)).isEmpty();
        View events = TestingModels.model(project).view("events").orElseThrow();
        assertThat(((SqlTableSource) events.source()).table().text()).isEqualTo("b.events");
        assertThat(events.fields().keySet()).containsExactly("name", "count", "extra");
        Dimension name = (Dimension) events.field("name").orElseThrow();
        assertThat(name.info().label()).contains("Name");
        assertThat(name.info().description()).contains("refined");
        assertThat(name.sql().orElseThrow().text()).isEqualTo("${TABLE}.n");
        assertThat(((Measure) events.field("count").orElseThrow()).filters()).extracting(MeasureFilter::field)
                .containsExactly("extra");
        assertThat(events.location().toString()).isEqualTo("base.view.lkml:1:7");
    }

    @Test
    void extendsCopiesParentsAndTheChildWins() {
        SemanticProject project = TestingModels.withView("explore: child {}\n", """
                view: base {
                  extension: required
                  sql_table_name: t.base ;;
                  dimension: a { label: "A" }
                  dimension: b {}
                }
                view: mixin { dimension: c {} dimension: a { label: "Mixin A" } }
                view: child {
                  extends: [base, mixin]
                  dimension: b { label: "Child B" }
                }
                """);
        assertThat(TestingModels.messages(project)).isEmpty();
        Model model = TestingModels.model(project);
        View child = model.view("child").orElseThrow();
        assertThat(child.fields().keySet()).containsExactly("a", "b", "c");
        assertThat(child.field("a").orElseThrow().info().label()).contains("Mixin A");
        assertThat(child.field("b").orElseThrow().info().label()).contains("Child B");
        assertThat(child.extensionRequired()).isFalse();
        assertThat(model.view("base").orElseThrow().extensionRequired()).isTrue();
        assertThat(((SqlTableSource) child.source()).table().text()).isEqualTo("t.base");
        assertThat(child.location().toString()).isEqualTo("v.view.lkml:8:7");
    }

    @Test
    void reportsBadRefinementsExtendsAndDuplicates() {
        SemanticProject project = TestingModels.withView("explore: base {}\n", """
                view: +ghost { dimension: a {} }
                view: a { extends: [b] }
                view: b { extends: [a, nope] }
                view: base { extension: required }
                view: a {}
                """);
        assertThat(TestingModels.messages(project)).containsExactly(
                "m.model.lkml:3:10: error: explore 'base' is based on view 'base', which is only for extending"
                        + " (extension: required)",
                "v.view.lkml:1:7: error: refinement '+ghost' refines no view named 'ghost'",
                "v.view.lkml:3:21: error: extends cycle: a -> b -> a",
                "v.view.lkml:3:24: error: view 'b' extends 'nope', which is not defined",
                "v.view.lkml:5:7: error: view 'a' is already defined at v.view.lkml:2:1");
    }
}
