package io.trailscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-memory set of stored event ids: exact membership through growth, and a clear error when the heap is short. */
final class TestEventIdSet {
    @Test
    void membershipSurvivesGrowth() {
        EventIdSet ids = new EventIdSet(16);
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.add("event-" + i)).isTrue();
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(ids.add("event-" + i)).as("event-" + i).isFalse();
        }
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.size()).isEqualTo(200_001);
    }

    @Test
    void aHeapTooSmallForMoreIdsIsAClearErrorNotAnOutOfMemoryError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"),
                EventIdSetFill.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).startsWith("INGEST_HEAP_TOO_SMALL after ")
                .contains("are kept in memory to skip duplicates", "more than this JVM has left (at most",
                        "run the same command again with more heap (java -Xmx", "the run resumes where it stopped");
        long kept = Long.parseLong(output.substring("INGEST_HEAP_TOO_SMALL after ".length(), output.indexOf(':')));
        assertThat(kept).as("-Xmx40m holds some hundred thousand ids before the next doubling fails")
                .isBetween(100_000L, 2_000_000L);
    }
}
