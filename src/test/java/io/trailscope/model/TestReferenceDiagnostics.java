package io.trailscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TestReferenceDiagnostics {
    @Test
    void pointsAtEachUnresolvedReference() {
        SemanticProject project = TestingModels.withView("", """
                view: v {
                  dimension: a { sql: ${TABLE}.x + ${nope} ;; }
                  dimension: b { sql: ${ghost.x} ;; }
                  dimension: c {
                    sql: CASE
                      WHEN ${v.missing} THEN 1 END ;;
                  }
                  dimension: d { sql: ${total} ;; }
                  dimension: e { sql: ${a b} ;; }
                  dimension: f { sql: ${x ;; }
                  measure: total { type: sum sql: ${a} ;; }
                  dimension: fine { sql: ${TABLE}.fine ;; }
                }
                """);
        assertThat(TestingModels.messages(project)).containsExactly(
                "v.view.lkml:2:36: error: '${nope}' names no field: view 'v' has no field 'nope'",
                "v.view.lkml:3:23: error: '${ghost.x}' names view 'ghost', which is not defined in this model",
                "v.view.lkml:6:12: error: '${v.missing}' names no field: view 'v' has no field 'missing'",
                "v.view.lkml:8:23: error: '${total}' names a measure, but dimension 'v.d' can only use dimensions",
                "v.view.lkml:9:23: error: '${a b}' is not a reference: expected ${TABLE}, ${field}, ${view.field}"
                        + " or ${view.SQL_TABLE_NAME}",
                "v.view.lkml:10:23: error: '${' is never closed with '}'");
        Model model = TestingModels.model(project);
        assertThat(model.fieldProblem("v.a")).contains(
                "v.view.lkml:2:36: '${nope}' names no field: view 'v' has no field 'nope'");
        assertThat(model.fieldProblem("v.total")).contains("uses 'v.a', which cannot be used: "
                + "v.view.lkml:2:36: '${nope}' names no field: view 'v' has no field 'nope'");
        assertThat(model.fieldProblem("v.fine")).isEmpty();
        assertThat(model.fieldProblem("v.e")).isEmpty();
    }

    @Test
    void referencesInCommentsStayText() {
        SemanticProject project = TestingModels.withView("", """
                view: v {
                  dimension: a {
                    sql: CASE WHEN ${TABLE}.x = '--${not_a_comment}' THEN 1
                      -- WHEN ${gone} THEN 2
                      /* ${also_gone} */ END ;;
                  }
                  dimension: not_a_comment {}
                }
                """);
        assertThat(TestingModels.messages(project)).isEmpty();
        Dimension a = (Dimension) TestingModels.model(project).field("v", "a").orElseThrow();
        assertThat(a.sql().orElseThrow().references()).extracting(SqlReference::written)
                .containsExactly("TABLE", "not_a_comment");
    }

    @Test
    void reportsCyclesWithTheirPathOnce() {
        SemanticProject project = TestingModels.withView("", """
                view: v {
                  dimension: a { sql: ${b} + 1 ;; }
                  dimension: b { sql: ${v.c} ;; }
                  dimension: c { sql: ${a} ;; }
                  dimension: self { sql: ${self} ;; }
                  dimension: user { sql: ${a} ;; }
                  dimension: ok { sql: 1 ;; }
                }
                """);
        assertThat(TestingModels.messages(project)).containsExactly(
                "v.view.lkml:4:23: error: reference cycle: v.a -> v.b -> v.c -> v.a",
                "v.view.lkml:5:26: error: reference cycle: v.self -> v.self");
        Model model = TestingModels.model(project);
        assertThat(model.fieldProblem("v.b")).contains("v.view.lkml:4:23: reference cycle: v.a -> v.b -> v.c -> v.a");
        assertThat(model.fieldProblem("v.user")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("uses 'v.a', which cannot be used: "));
        assertThat(model.fieldProblem("v.ok")).isEmpty();
    }

    @Test
    void checksMeasureFiltersListFieldsSetsAndDrillFields() {
        SemanticProject project = TestingModels.withView("", """
                view: v {
                  set: s { fields: [a, nope, other*] }
                  dimension: a {}
                  measure: m { type: count filters: [gone: "x"] drill_fields: [s*, -a, zz*, w.a] }
                  measure: l { type: list list_field: m }
                }
                """);
        assertThat(TestingModels.messages(project)).containsExactly(
                "v.view.lkml:2:24: error: 'nope' names no field: view 'v' has no field 'nope'",
                "v.view.lkml:2:30: error: 'other*' names no set: view 'v' has no set 'other'",
                "v.view.lkml:4:38: error: filters of measure 'v.m' names 'gone', which is not a field of view 'v'",
                "v.view.lkml:4:72: error: 'zz*' names no set: view 'v' has no set 'zz'",
                "v.view.lkml:4:77: error: 'w.a' names view 'w', which is not defined",
                "v.view.lkml:5:12: error: list_field of measure 'v.l' names 'm', which is not a dimension");
        assertThat(TestingModels.model(project).fieldProblem("v.m")).isPresent();
    }

    @Test
    void reportsBadTypesAndDuplicates() {
        SemanticProject project = TestingModels.withView("", """
                view: v {
                  dimension: a { type: strnig }
                  dimension: a { type: number }
                  measure: m { type: summ sql: 1 ;; }
                  measure: s { type: sum }
                  dimension_group: g { type: tiem }
                  dimension: t { type: tier tiers: [5, x, 1] }
                }
                """);
        assertThat(TestingModels.messages(project)).containsExactly(
                "v.view.lkml:2:24: error: unknown dimension type 'strnig' in dimension 'a'; expected string, number,"
                        + " yesno, tier, bin, date, date_time, zipcode, location or unquoted",
                "v.view.lkml:3:14: error: field 'a' is already defined in view 'v' at v.view.lkml:2:14",
                "v.view.lkml:4:22: error: unknown measure type 'summ' in measure 'm'",
                "v.view.lkml:5:12: error: measure 's' of type sum needs sql",
                "v.view.lkml:6:30: error: unknown dimension_group type 'tiem'; expected time or duration",
                "v.view.lkml:7:40: error: tier 'x' is not a number",
                "v.view.lkml:7:43: error: tiers must ascend: 1");
    }
}
