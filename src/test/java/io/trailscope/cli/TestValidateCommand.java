package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestValidateCommand {
    private static final Path DEFECTS = Path.of("src/test/resources/validate/defects");

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /**
     * The fixture reproduces every defect kind of the public CloudTrail block (looker-block.md §10). The validator
     * lists the reference defects (items 2 to 5) as errors or warnings, and, as warnings, the leftovers Looker
     * ignores silently (item 14): unqualified series ids that name no table calculation of an unpivoted tile, and a
     * stray {@code label} key. The others must stay silent: a misspelt id, a struct path on a string column, an
     * array declared string, a fake location, duplicate labels, texts that say something else than the tile does,
     * and the trailing {@code 0} in a sort (item 15: Looker's column index, honoured as an ascending sort). Series
     * ids that are a tile's table calculation, a pivot value or a pie slice's value are silent too.
     */
    @Test
    void listsExactlyTheReferenceDefects() {
        CliRun run = run("validate", "--project", DEFECTS.toString());
        assertThat(run.out()).isEqualTo("""
                ops.dashboard.lookml:13:5: error: dashboard 'opertions' tile 'Counted': table calculation 'people' \
                uses '${trail.count_of_people}': view 'trail' has no field 'count_of_people'
                ops.dashboard.lookml:20:5: error: dashboard 'opertions' tile 'Counted': hidden_fields names \
                'trail.count_of_people': view 'trail' has no field 'count_of_people'
                ops.dashboard.lookml:32:5: warning: dashboard 'opertions' tile 'People Chart': series_colors names \
                'trail.count_of_people', which is not a field of the model
                ops.dashboard.lookml:32:5: warning: dashboard 'opertions' tile 'People Chart': series_colors names \
                'stale_series', which is no series of this tile (no field, table calculation or pivot of that name); \
                it is ignored
                ops.dashboard.lookml:36:5: warning: dashboard 'opertions' tile 'People Chart': series_types names \
                'ratio_of_things', which is no series of this tile (no field, table calculation or pivot of that \
                name); it is ignored
                ops.dashboard.lookml:38:5: warning: dashboard 'opertions' tile 'People Chart': 'label' is not a tile \
                setting (the tile's heading is its 'title'); it is ignored
                ops.dashboard.lookml:51:5: error: dashboard 'opertions' tile 'By Action': sorts names \
                'trail.actionname': view 'trail' has no field 'actionname'
                ops.dashboard.lookml:62:5: warning: dashboard 'opertions' tile 'Addresses': sort on \
                'trail.row_count', which the tile does not select, is ignored
                ops.dashboard.lookml:95:5: warning: dashboard filter 'When' names field 'trail.event_day': view \
                'trail' has no field 'event_day' (unused: a date filter reaches tiles only through their listen)
                3 errors, 6 warnings
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aCleanProjectExitsWithZero() throws IOException {
        Files.writeString(temp.resolve("m.model.lkml"), "include: \"*.view\"\nexplore: v {}\n");
        Files.writeString(temp.resolve("v.view.lkml"), "view: v { dimension: a {} }\n");
        CliRun run = run("validate", "--project", temp.toString());
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void syntaxErrorsAndBrokenReferencesAreListedTogether() throws IOException {
        Files.writeString(temp.resolve("m.model.lkml"), "include: \"*.view\"\nexplore: v {}\n");
        Files.writeString(temp.resolve("v.view.lkml"), "view: v {\n  dimension: a { sql: ${b} ;; }\n}\n");
        Files.writeString(temp.resolve("w.view.lkml"), "view: w { ; }\n");
        CliRun run = run("validate", "--project", temp.toString());
        assertThat(run.out()).isEqualTo("""
                v.view.lkml:2:23: error: '${b}' names no field: view 'v' has no field 'b'
                w.view.lkml:1:11: error: unexpected ';'
                2 errors, 0 warnings
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsAClearError() {
        CliRun run = run("validate", "--project", temp.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: project folder " + temp.resolve("nowhere")
                + " does not exist or is not a folder\n");
    }
}
