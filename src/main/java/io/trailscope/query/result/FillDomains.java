package io.trailscope.query.result;

import io.trailscope.query.time.Timeframe;
import io.trailscope.query.time.Truncation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The values a fill field should show ({@code fill_fields}): truncated dates and times from the smallest to the
 * largest value present, one per bucket; numeric and named parts over their whole domain (0–23 hours, Monday to
 * Sunday from the week start, January to December). Empty when the timeframe cannot be filled or the range is
 * too long.
 */
final class FillDomains {
    static final int MAX_VALUES = 10_000;
    private static final Map<Timeframe, long[]> NUMBER_DOMAINS = new EnumMap<>(Map.of(
            Timeframe.HOUR_OF_DAY, new long[] {0, 23},
            Timeframe.DAY_OF_WEEK_INDEX, new long[] {0, 6},
            Timeframe.DAY_OF_MONTH, new long[] {1, 31},
            Timeframe.DAY_OF_YEAR, new long[] {1, 366},
            Timeframe.WEEK_OF_YEAR, new long[] {1, 53},
            Timeframe.MONTH_NUM, new long[] {1, 12},
            Timeframe.FISCAL_MONTH_NUM, new long[] {1, 12},
            Timeframe.QUARTER_OF_YEAR, new long[] {1, 4},
            Timeframe.FISCAL_QUARTER_OF_YEAR, new long[] {1, 4}));

    private FillDomains() {}

    static Optional<List<Object>> values(Timeframe timeframe, List<Object> present, DayOfWeek weekStart) {
        List<Object> known = present.stream().filter(Objects::nonNull).toList();
        return switch (timeframe.kind()) {
            case TIMESTAMP, DATE -> timeframe.truncation().flatMap(truncation -> range(truncation, known));
            case NUMBER -> numbers(timeframe);
            case STRING -> names(timeframe, weekStart);
            case YESNO -> Optional.empty();
        };
    }

    private static Optional<List<Object>> range(Truncation truncation, List<Object> known) {
        if (known.isEmpty()) {
            return Optional.of(List.of());
        }
        if (known.stream().allMatch(LocalDate.class::isInstance)) {
            LocalDate min = known.stream().map(LocalDate.class::cast).min(LocalDate::compareTo).orElseThrow();
            LocalDate max = known.stream().map(LocalDate.class::cast).max(LocalDate::compareTo).orElseThrow();
            return steps(min.atStartOfDay(), max.atStartOfDay(), truncation).map(times -> times.stream()
                    .map(time -> (Object) time.toLocalDate()).toList());
        }
        if (known.stream().allMatch(LocalDateTime.class::isInstance)) {
            LocalDateTime min = known.stream().map(LocalDateTime.class::cast).min(LocalDateTime::compareTo)
                    .orElseThrow();
            LocalDateTime max = known.stream().map(LocalDateTime.class::cast).max(LocalDateTime::compareTo)
                    .orElseThrow();
            return steps(min, max, truncation).map(times -> times.stream().map(time -> (Object) time).toList());
        }
        return Optional.empty();
    }

    private static Optional<List<LocalDateTime>> steps(LocalDateTime min, LocalDateTime max, Truncation truncation) {
        List<LocalDateTime> values = new ArrayList<>();
        for (LocalDateTime at = min; !at.isAfter(max); at = next(at, truncation)) {
            if (values.size() >= MAX_VALUES) {
                return Optional.empty();
            }
            values.add(at);
        }
        return Optional.of(values);
    }

    private static LocalDateTime next(LocalDateTime at, Truncation truncation) {
        int step = truncation.step();
        return switch (truncation.unit()) {
            case MICROSECOND -> at.plusNanos(1000L * step);
            case MILLISECOND -> at.plusNanos(1_000_000L * step);
            case SECOND -> at.plusSeconds(step);
            case MINUTE -> at.plusMinutes(step);
            case HOUR -> at.plusHours(step);
            case DAY -> at.plusDays(step);
            case WEEK -> at.plusWeeks(step);
            case MONTH -> at.plusMonths(step);
            case QUARTER, FISCAL_QUARTER -> at.plusMonths(3L * step);
            case YEAR, FISCAL_YEAR -> at.plusYears(step);
        };
    }

    private static Optional<List<Object>> numbers(Timeframe timeframe) {
        return Optional.ofNullable(NUMBER_DOMAINS.get(timeframe)).map(bounds -> LongStream
                .rangeClosed(bounds[0], bounds[1]).mapToObj(value -> (Object) value).toList());
    }

    private static Optional<List<Object>> names(Timeframe timeframe, DayOfWeek weekStart) {
        List<Object> names = new ArrayList<>();
        if (timeframe == Timeframe.DAY_OF_WEEK) {
            for (int i = 0; i < 7; i++) {
                names.add(weekStart.plus(i).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            return Optional.of(names);
        }
        if (timeframe == Timeframe.MONTH_NAME) {
            for (Month month : Month.values()) {
                names.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            return Optional.of(names);
        }
        return Optional.empty();
    }
}
