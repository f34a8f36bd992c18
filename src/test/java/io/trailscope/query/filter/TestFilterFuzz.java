package io.trailscope.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Random strings over each grammar's alphabet: every one parses or fails with FILTER_EXPRESSION, quickly. */
final class TestFilterFuzz {
    private static final int CASES = 5_000;
    private static final String[] STRING_PIECES = {"FOO", "%", "_", "-", "^", ",", "\"", " ", "NULL", "EMPTY",
        "null", "'", ";", "\\", "a", "é", "\t", "^^", "^,"};
    private static final String[] NUMBER_PIECES = {"1", "-", ".", "5", "e", "E", "+", ",", " ", "NOT", "NULL",
        "<", ">", "=", "!", "(", ")", "[", "]", "inf", "-inf", "to", "AND", "OR", "x", "0"};
    private static final String[] DATE_PIECES = {"1", "7", "2018", "-", "/", "05", "18", ":", "12:00", " ", ",",
        "days", "day", "week", "month", "quarter", "year", "hours", "fiscal", "ago", "from", "now", "for", "to",
        "last", "this", "next", "before", "after", "on", "or", "today", "monday", "NULL", "NOT", "FY2018", "-Q",
        "2018-05-18", "2018/05", "1000000", "9999", "seconds", "minute"};
    private static final String[] YESNO_PIECES = {"yes", "no", "Y", " ", "NO", "e", ","};

    @ParameterizedTest
    @EnumSource(FilterKind.class)
    void randomExpressionsParseOrFailCleanly(FilterKind kind) {
        Random random = new Random(20261127L + kind.ordinal());
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, ZoneId.of("America/Los_Angeles"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < CASES; i++) {
                String expression = randomExpression(random, pieces(kind));
                check(kind, expression, now);
            }
        });
    }

    private static void check(FilterKind kind, String expression, ZonedDateTime now) {
        try {
            Optional<FilterExpression> parsed = FilterExpressions.parse(expression, kind);
            assertThat(parsed.isEmpty()).as(expression).isEqualTo(expression.isBlank());
            parsed.filter(DateFilter.class::isInstance).map(DateFilter.class::cast)
                    .ifPresent(filter -> DateFilterResolver.withDefaults().resolve(filter, now));
        } catch (TrailException e) {
            assertThat(e.errorCode()).as(expression).isEqualTo(ErrorCode.FILTER_EXPRESSION);
            assertThat(e.location()).as(expression).isPresent();
            assertThat(e.location().get().column()).as(expression).isBetween(1, expression.length() + 1);
        }
    }

    private static String randomExpression(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String[] pieces(FilterKind kind) {
        return switch (kind) {
            case STRING -> STRING_PIECES;
            case NUMBER -> NUMBER_PIECES;
            case DATE -> DATE_PIECES;
            case YESNO -> YESNO_PIECES;
        };
    }
}
