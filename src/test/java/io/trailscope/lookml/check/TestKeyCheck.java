package io.trailscope.lookml.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.TestingFixtures;
import io.trailscope.lookml.parse.LookmlParser;
import io.trailscope.lookml.project.LookmlProject;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TestKeyCheck {
    @Test
    void warnsAboutUnknownAndRepeatedKeysWithLocations() {
        String text = """
                connection: "c"
                colour: blue
                view: v {
                  dimension: d {
                    type: string
                    type: number
                    sql: x ;;
                    labl: y
                    link: { label: "a" url: "b" lable: "c" }
                  }
                  measure: m { filters: { field: d value: "x" } filters: { field: d value: "y" } }
                }
                """;
        assertThat(KeyCheck.check(LookmlParser.parse("v.view.lkml", text))).extracting(Diagnostic::toString).containsExactly(
                "v.view.lkml:2:1: warning: unknown key 'colour' at the top level",
                "v.view.lkml:6:5: warning: 'type' is repeated in dimension 'd' (first at line 5); the last one wins",
                "v.view.lkml:8:5: warning: unknown key 'labl' in dimension 'd'",
                "v.view.lkml:9:33: warning: unknown key 'lable' in link");
    }

    @Test
    void theFixturesUseOnlyKnownKeys() {
        for (String path : new String[] {"trail_audit.model.lkml", "api_calls.view.lkml", "views/summaries.view.lkml",
                "refinements.explore.lkml", "manifest.lkml"}) {
            assertThat(KeyCheck.check(LookmlParser.parse(path, TestingFixtures.project(path)))).as(path).isEmpty();
        }
    }

    @Test
    void checksEveryFileOfAProject() {
        LookmlProject project = ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "m.model.lkml", "include: \"*.view\"\nlabell: \"x\"\n",
                "manifest.lkml", "project_nam: \"p\"\n",
                "v.view.lkml", "view: v { dimensionn: d {} }\n")));
        assertThat(KeyCheck.check(project)).extracting(Diagnostic::toString).containsExactly(
                "m.model.lkml:2:1: warning: unknown key 'labell' at the top level",
                "manifest.lkml:1:1: warning: unknown key 'project_nam' at the top level",
                "v.view.lkml:1:11: warning: unknown key 'dimensionn' in view 'v'");
    }

    @Test
    void knowsTheListsOfLookmlMd() {
        // lookml.md says 36 but lists 37 names; all 37 are kept.
        assertThat(KnownKeys.REPEATABLE).hasSize(37).contains("dimension", "filters", "include", "join", "extends");
        assertThat(KnownKeys.isRepeatable("type")).isFalse();
        for (String key : new String[] {"sql_trigger_value", "sql_table_name", "sql_distinct_key", "sql_on", "html",
                "expression_custom_filter", "sql_preamble", "derived_table", "dimension_group", "timeframes",
                "value_format_name", "map_layer_name", "suggestions", "primary_key", "drill_fields", "relationship"}) {
            assertThat(KnownKeys.isKnown(key)).as(key).isTrue();
        }
        assertThat(KnownKeys.isKnown("colour")).isFalse();
    }
}
