package io.trailscope.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result values as JSON scalars: dates {@code 2024-05-18}, timestamps {@code 2024-05-18 18:30:02} (wall clock of the
 * query zone, as Looker shows them; instants in UTC), non-finite numbers as null; lists and maps recursively.
 */
final class JsonValues {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JsonValues() {}

    static Object of(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime time) {
            return TIMESTAMP.format(time);
        }
        if (value instanceof OffsetDateTime time) {
            return TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof Instant instant) {
            return TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            return null;
        }
        if (value instanceof Float number && (number.isNaN() || number.isInfinite())) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(of(item)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), of(item)));
            return converted;
        }
        return value;
    }

    static List<Object> row(List<Object> row) {
        List<Object> converted = new ArrayList<>(row.size());
        row.forEach(value -> converted.add(of(value)));
        return converted;
    }
}
