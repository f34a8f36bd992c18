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
        for (Field field : BLOCK.fields()) {
            String explore = BLOCK.explores.containsKey(field.view()) ? field.view() : "cloudtrail_logs";
            String sql = BLOCK.query(explore, List.of(field.id()), Map.of(), List.of(), 100_000);
            TestingStores.rows(db, sql);
            checked.add(field.id());
        }
        assertThat(checked).hasSize(BLOCK.fields().size()).contains("cloudtrail_logs.actor", "user_login_facts.failed_logins",
                "user_ip_facts.public_login_ips", "ip_geo.country", "account_names.account_name");
        assertThat(BLOCK.fields().stream().filter(field -> field.kind() == Kind.MEASURE).count()).isEqualTo(40);
    }
}
