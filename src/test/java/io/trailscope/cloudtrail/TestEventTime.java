package io.trailscope.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

final class TestEventTime {
    private static long micros(String instant) {
        Instant parsed = Instant.parse(instant);
        return parsed.getEpochSecond() * 1_000_000L + parsed.getNano() / 1000;
    }

    @Test
    void parsesTheCommonAndQuirkyForms() {
        assertThat(EventTime.parseMicros("2017-06-01T00:02:57Z")).hasValue(micros("2017-06-01T00:02:57Z"));
        assertThat(EventTime.parseMicros("1969-12-31T23:59:59Z")).hasValue(-1_000_000L);
        assertThat(EventTime.parseMicros("2024-02-29T12:00:00Z")).hasValue(micros("2024-02-29T12:00:00Z"));
        assertThat(EventTime.parseMicros("2017-06-01 00:02:57")).hasValue(micros("2017-06-01T00:02:57Z"));
        assertThat(EventTime.parseMicros("2017-06-01T00:02:57.123Z")).hasValue(micros("2017-06-01T00:02:57.123Z"));
        assertThat(EventTime.parseMicros("2017-06-01T00:02:57.123456789Z")).hasValue(micros("2017-06-01T00:02:57.123456Z"));
        assertThat(EventTime.parseMicros("2017-06-01T02:02:57+02:00")).hasValue(micros("2017-06-01T00:02:57Z"));
        assertThat(EventTime.parseMicros("2017-06-01T00:02Z")).hasValue(micros("2017-06-01T00:02:00Z"));
    }

    @Test
    void rejectsWhatIsNotATime() {
        assertThat(EventTime.parseMicros(null)).isEqualTo(OptionalLong.empty());
        assertThat(EventTime.parseMicros("redacted")).isEmpty();
        assertThat(EventTime.parseMicros("2017-13-01T00:02:57Z")).isEmpty();
        assertThat(EventTime.parseMicros("2017-02-30T00:02:57Z")).isEmpty();
        assertThat(EventTime.parseMicros("")).isEmpty();
        assertThat(EventTime.parseMicros("2017-06-01T0a:02:57Z")).isEmpty();
    }
}
