package io.trailscope.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.ModelResolver;
import io.trailscope.model.SemanticProject;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TestModelCheck {
    @Test
    void checksTimeframesIntervalsAndFilterExpressionsOfTheModel() {
        SemanticProject project = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "m.model.lkml", """
                        include: "*.view"
                        explore: v {
                          always_filter: { filters: [v.size: "lots"] }
                        }
                        """,
                "v.view.lkml", """
                        view: v {
                          dimension: size { type: number }
                          dimension_group: at { type: time timeframes: [date, fortnight, hour] datatype: date }
                          dimension_group: open { type: duration intervals: [day, decade] sql_start: 1 ;; sql_end: 2 ;; }
                          measure: big { type: count filters: [size: ">>5"] }
                        }
                        """))));
        assertThat(ModelCheck.check(project)).extracting(Diagnostic::toString).containsExactly(
                "v.view.lkml:3:55: error: unknown timeframe 'fortnight' in dimension_group 'at'",
                "v.view.lkml:3:66: warning: timeframe 'hour' needs a time of day, but dimension_group 'at' has"
                        + " datatype: date",
                "v.view.lkml:4:59: error: unknown interval 'decade' in dimension_group 'open'; expected second,"
                        + " minute, hour, day, week, month, quarter or year",
                "v.view.lkml:5:40: error: invalid filter expression for 'v.size': Invalid number filter expression"
                        + " \">>5\" at column 2: expected a number, found '>'",
                "m.model.lkml:3:30: error: invalid filter expression for 'v.size': Invalid number filter expression"
                        + " \"lots\" at column 1: expected a number, a comparison, a range or NULL, found 'lots'");
    }
}
