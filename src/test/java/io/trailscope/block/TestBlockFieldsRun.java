package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.block.TestingBlock.Field;
import io.trailscope.block.TestingBlock.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every dimension, measure and derived table of the block runs on DuckDB, on the fixture and on grycap. */
final class TestBlockFieldsRun {
    private static final TestingBlock BLOCK = TestingBlock.load();

    @Test
    void everyFieldRunsOnTheFixture() {
        assertEveryFieldRuns(TestingStores.fixture());
    }

    @Test
    void everyFieldRunsOnGrycap() {
        Optional<Path> grycap = TestingStores.grycap();
        assumeTrue(grycap.isPresent(), TestingStores.SKIP_MESSAGE);
        assertEveryFieldRuns(grycap.get());
    }

    private static void assertEveryFieldRuns(Path db) {
        List<String> checked = new ArrayList<>();
        for (TestingBlock.View view : BLOCK.views.values()) {
            String explore = BLOCK.explores.containsKey(view.name()) ? view.name() : "cloudtrail_logs";
            for (Kind kind : Kind.values()) {
                List<String> ids = view.fields().values().stream().filter(field -> field.kind() == kind).map(Field::id).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                try {
                    TestingStores.rows(db, BLOCK.query(explore, ids, Map.of(), List.of(), 100_000));
                } catch (AssertionError batchFailed) {
                    for (String id : ids) {
                        TestingStores.rows(db, BLOCK.query(explore, List.of(id), Map.of(), List.of(), 100_000));
                    }
                    throw batchFailed;
                }
                checked.addAll(ids);
            }
        }
        assertThat(checked).hasSize(BLOCK.fields().size()).contains("cloudtrail_logs.actor", "user_login_facts.failed_logins",
                "user_ip_facts.public_login_ips", "ip_geo.country", "account_names.account_name");
        assertThat(BLOCK.fields().stream().filter(field -> field.kind() == Kind.MEASURE).count()).isEqualTo(40);
    }
}
