package io.trailscope.lookml.dashboard;

import static io.trailscope.error.ErrorCode.DASHBOARD_SYNTAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trailscope.error.TrailException;
import io.trailscope.lookml.TestingFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Mutated dashboards must parse (maybe with warnings) or fail with DASHBOARD_SYNTAX, never anything else. */
final class TestDashboardParserFuzz {
    private static final List<String> INSERTIONS = List.of(":", "- ", "  ", "\n", "\t", "[", "]", "{", "}", "\"", "'",
            "#", "|", ">", "&a ", "*a", "!!binary ", "? ", "---\n", ",");

    @Test
    void mutatedDashboardsParseOrFailWithALocation() {
        List<String> sources = List.of(TestingFixtures.project("dashboards/call_overview.dashboard.lookml"),
                TestingFixtures.project("dashboards/sign_ins.dashboard.lookml"));
        AtomicReference<String> current = new AtomicReference<>("");
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random random = new Random(7L);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (int i = 0; i < 3_000 && System.nanoTime() < deadline; i++) {
                String mutated = mutate(sources.get(random.nextInt(sources.size())), random);
                current.set("case " + i + ":\n" + mutated);
                outcomes[check(mutated)]++;
            }
        }, () -> "dashboard parser did not finish on " + current.get());
        assertThat(outcomes[0]).as("cases that parsed").isGreaterThan(20);
        assertThat(outcomes[1]).as("cases that failed").isGreaterThan(20);
    }

    private static int check(String text) {
        try {
            DashboardParser.parse("fuzz.dashboard.lookml", text);
            return 0;
        } catch (TrailException e) {
            assertThat(e.errorCode()).isEqualTo(DASHBOARD_SYNTAX);
            assertThat(e.location()).as(e.getMessage()).hasValueSatisfying(location -> {
                assertThat(location.file()).isEqualTo("fuzz.dashboard.lookml");
                assertThat(location.line()).isBetween(1, text.split("\n", -1).length);
                assertThat(location.column()).isPositive();
            });
            return 1;
        } catch (Throwable e) {
            return fail("unexpected " + e + " for:\n" + text, e);
        }
    }

    private static String mutate(String source, Random random) {
        StringBuilder text = new StringBuilder(source);
        int operations = 1 + random.nextInt(3);
        for (int i = 0; i < operations; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(10)));
                case 1, 2 -> text.insert(at, INSERTIONS.get(random.nextInt(INSERTIONS.size())));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
