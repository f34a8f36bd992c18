package io.trailscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.EngineConfig;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A LookML dimension written for Athena (date_format with %i) gives Athena's answer on the embedded store. */
final class TestLookmlAthenaDates {
    @TempDir
    Path temp;

    @Test
    void aSqlBlockWithPrestoSpecifiersRunsOnDuckDb() throws IOException {
        Path store = TestingStores.create(temp);
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("athena.model.lkml"), "connection: \"athena\"\ninclude: \"*.view.lkml\"\n"
                + "explore: events {}\n");
        Files.writeString(project.resolve("events.view.lkml"), """
                view: events {
                  sql_table_name: cloudtrail_logs ;;
                  dimension: id { primary_key: yes sql: ${TABLE}.eventid ;; }
                  dimension: minute { sql: date_format(${TABLE}.event_timestamp, '%Y-%m-%d %H:%i') ;; }
                  dimension: parsed { sql: date_format(date_parse(${TABLE}.eventtime, '%Y-%m-%dT%H:%i:%sZ'), '%i:%s %p') ;; }
                }
                """);
        SemanticProject semantic = Projects.load(Optional.of(project));
        try (Connections connections = new Connections(EngineConfig.empty(), store)) {
            QueryRunner runner = new QueryRunner(semantic, connections, Clock.systemUTC());
            QueryResult result = runner.run(QueryRequest.of("events", List.of("events.minute", "events.parsed"))
                    .withModel("athena").withSorts(List.of(SortSpec.parse("events.minute"))).withLimit(2));
            assertThat(result.rows()).containsExactly(List.of("2024-04-01 00:00", "00:00 AM"),
                    List.of("2024-05-16 23:00", "00:00 PM"));
        }
    }
}
