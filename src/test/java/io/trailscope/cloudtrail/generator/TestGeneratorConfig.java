package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestGeneratorConfig {
    private static final LocalDate START = LocalDate.of(2024, 5, 1);

    @Test
    void defaultsOfTheGenerateCommand() {
        GeneratorConfig config = GeneratorConfig.of(1000, START);

        assertThat(config.seed()).isEqualTo(42);
        assertThat(config.accounts()).isEqualTo(3);
        assertThat(config.days()).isEqualTo(30);
        assertThat(config.organizationId()).isEmpty();
        assertThat(config.windows()).isEqualTo(30 * 288);
        assertThat(config.startEpochSecond()).isEqualTo(1_714_521_600L);
    }

    @Test
    void defaultStartEndsTheDataYesterday() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneId.of("Pacific/Kiritimati"));

        assertThat(GeneratorConfig.startEndingToday(30, clock)).isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void rejectsNegativeEvents() {
        assertRejected(() -> new GeneratorConfig(-5, 42, 3, 30, START, Optional.empty(), 2),
                "events must be between 1 and 1000000000, got -5");
    }

    @Test
    void rejectsZeroAndTooManyAccounts() {
        assertRejected(() -> new GeneratorConfig(10, 42, 0, 30, START, Optional.empty(), 2),
                "accounts must be between 1 and 100, got 0");
        assertRejected(() -> new GeneratorConfig(10, 42, 101, 30, START, Optional.empty(), 2),
                "accounts must be between 1 and 100, got 101");
    }

    @Test
    void rejectsDaysOutOfRange() {
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 0, START, Optional.empty(), 2),
                "days must be between 1 and 1000, got 0");
        assertRejected(() -> new GeneratorConfig(10, 42, 3, Integer.MAX_VALUE, START, Optional.empty(), 2),
                "days must be between 1 and 1000, got 2147483647");
    }

    @Test
    void rejectsStartBeforeCloudTrailExisted() {
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, LocalDate.of(2010, 1, 1), Optional.empty(), 2),
                "start must be between 2013-11-13 (CloudTrail's launch) and 2099-01-01, got 2010-01-01");
    }

    @Test
    void rejectsBadThreadCounts() {
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, START, Optional.empty(), 0),
                "threads must be between 1 and 64, got 0");
    }

    @Test
    void acceptsAnOrganizationId() {
        GeneratorConfig config = new GeneratorConfig(10, 42, 3, 30, START, Optional.of("o-a1b2c3d4e5"), 2);

        assertThat(config.organizationId()).contains("o-a1b2c3d4e5");
    }

    @Test
    void rejectsOrganizationIdsThatAreNotIds() {
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, START, Optional.of("o-ABC"), 2),
                "org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got 'o-ABC'");
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, START, Optional.of("o-abcdefghij/../../etc"), 2),
                "org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got "
                        + "'o-abcdefghij/../../etc'");
        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, START, Optional.of("o-x'; DROP TABLE t;--\n"), 2),
                "org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got "
                        + "'o-x'; DROP TABLE t;--?'");
    }

    @Test
    void shortensHugeHostileInputInTheMessage() {
        String huge = "o-" + "a".repeat(100_000);

        assertRejected(() -> new GeneratorConfig(10, 42, 3, 30, START, Optional.of(huge), 2),
                "org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got '"
                        + huge.substring(0, 60) + "...'");
    }

    private static void assertRejected(Runnable construction, String message) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(TrailException.class)
                .hasMessage(message)
                .extracting(exception -> ((TrailException) exception).errorCode())
                .isEqualTo(ErrorCode.GENERATOR_ARGUMENT);
    }
}
