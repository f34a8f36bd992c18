package io.trailscope.lookml.parse;

import static io.trailscope.error.ErrorCode.LOOKML_SYNTAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.TestingFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the fixtures must parse or fail with LOOKML_SYNTAX at a real position, quickly. A hang is caught
 * by the preemptive timeout, which names the case being parsed.
 */
final class TestLookmlParserFuzz {
    private static final long SEED = 20_240_601L;
    private static final int MAX_CASES = 20_000;
    private static final Duration TIME_BOUND = Duration.ofSeconds(20);
    private static final Duration PER_CASE = Duration.ofSeconds(2);
    private static final List<String> FIXTURES = List.of("trail_audit.model.lkml", "api_calls.view.lkml",
            "views/summaries.view.lkml", "refinements.explore.lkml", "manifest.lkml");
    private static final List<String> INSERTIONS = List.of("{", "}", "[", "]", ";", ";;", ":", "\"", "#", "\n", ",",
            "sql:", "dimension: x {", "\\", "+", "\t", "\uFEFF");

    @Test
    void mutatedFixturesParseOrFailWithALocation() {
        List<String> sources = FIXTURES.stream().map(TestingFixtures::project).toList();
        AtomicReference<String> current = new AtomicReference<>("");
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random random = new Random(SEED);
            long deadline = System.nanoTime() + TIME_BOUND.toNanos();
            for (int i = 0; i < MAX_CASES && System.nanoTime() < deadline; i++) {
                String mutated = mutate(sources.get(random.nextInt(sources.size())), random);
                current.set("case " + i + ":\n" + mutated);
                outcomes[check(mutated)]++;
            }
        }, () -> "parser did not finish on " + current.get());
        assertThat(outcomes[0]).as("cases that parsed").isGreaterThan(50);
        assertThat(outcomes[1]).as("cases that failed").isGreaterThan(500);
    }

    /** 0 if it parsed, 1 if it failed properly. */
    private static int check(String text) {
        long start = System.nanoTime();
        try {
            LookmlParser.parse("fuzz.lkml", text);
            return 0;
        } catch (TrailException e) {
            assertThat(e.errorCode()).isEqualTo(LOOKML_SYNTAX);
            SourceLocation location = e.location().orElseThrow(() -> new AssertionError("no location: " + e.getMessage()));
            assertValid(location, text, e);
            return 1;
        } catch (Throwable e) {
            return fail("unexpected " + e + " for:\n" + text, e);
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time for:\n%s", text).isLessThan(PER_CASE);
        }
    }

    private static void assertValid(SourceLocation location, String text, TrailException e) {
        String[] lines = text.split("\n", -1);
        assertThat(location.file()).isEqualTo("fuzz.lkml");
        assertThat(location.line()).as(e.getMessage()).isBetween(1, lines.length);
        assertThat(location.column()).as(e.getMessage()).isBetween(1, lines[location.line() - 1].length() + 1);
        assertThat(e.getMessage().lines().findFirst()).contains(location + ": " + e.detail().lines().findFirst().orElseThrow());
    }

    static String mutate(String source, Random random) {
        StringBuilder text = new StringBuilder(source);
        int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 1, 2 -> text.insert(at, INSERTIONS.get(random.nextInt(INSERTIONS.size())));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
