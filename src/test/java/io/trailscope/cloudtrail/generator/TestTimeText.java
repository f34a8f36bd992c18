package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class TestTimeText {
    private static final long MAY_FIRST_2024 = 1_714_521_600L;

    @Test
    void formatsEventTimes() {
        assertThat(TimeText.iso(0)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(TimeText.iso(MAY_FIRST_2024 + 12 * 3600 + 34 * 60 + 56)).isEqualTo("2024-05-01T12:34:56Z");
        assertThat(TimeText.iso(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond())).isEqualTo("2024-02-29T23:59:59Z");
        assertThat(TimeText.iso(Instant.parse("2100-03-01T00:00:00Z").getEpochSecond())).isEqualTo("2100-03-01T00:00:00Z");
    }

    @Test
    void agreesWithJavaTimeOverManyYears() {
        for (long second = 0; second < 4_102_444_800L; second += 86_400 * 37 + 3_601) {
            assertThat(TimeText.iso(second)).isEqualTo(Instant.ofEpochSecond(second).toString());
        }
    }

    @Test
    void formatsFileNameTimestampsAndFolders() {
        long time = MAY_FIRST_2024 + 9 * 3600 + 5 * 60 + 7;

        assertThat(TimeText.fileMinute(time)).isEqualTo("20240501T0905Z");
        assertThat(TimeText.fileSecond(time)).isEqualTo("20240501T090507Z");
        assertThat(TimeText.datePath(time)).isEqualTo("2024/05/01");
    }

    @Test
    void formatsDatesTheWayIamAndStsPrintThem() {
        assertThat(TimeText.readable(MAY_FIRST_2024)).isEqualTo("May 1, 2024, 12:00:00 AM");
        assertThat(TimeText.readable(MAY_FIRST_2024 + 13 * 3600 + 33 * 60 + 28)).isEqualTo("May 1, 2024, 1:33:28 PM");
        assertThat(TimeText.readable(MAY_FIRST_2024 + 12 * 3600 + 5)).isEqualTo("May 1, 2024, 12:00:05 PM");
    }
}
