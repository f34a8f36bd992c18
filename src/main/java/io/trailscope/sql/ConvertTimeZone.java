package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The wall-clock time in {@code toZone}, as a TIMESTAMP without zone, of either an instant (TIMESTAMP WITH TIME
 * ZONE; {@code fromZone} empty) or a wall-clock TIMESTAMP read in {@code fromZone} (typically UTC).
 * Truncating or extracting from the result no longer depends on the session time zone.
 * Zones are IANA region names (or UTC) known to Java; the engines use the same database.
 */
public record ConvertTimeZone(Expression value, Optional<String> fromZone, String toZone) implements Expression {
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    public ConvertTimeZone {
        requireNonNull(value, "value is null");
        requireNonNull(fromZone, "fromZone is null");
        fromZone.ifPresent(ConvertTimeZone::checkZone);
        checkZone(toZone);
    }

    public static ConvertTimeZone fromInstant(Expression instant, String toZone) {
        return new ConvertTimeZone(instant, Optional.empty(), toZone);
    }

    public static ConvertTimeZone fromLocal(Expression timestamp, String fromZone, String toZone) {
        return new ConvertTimeZone(timestamp, Optional.of(fromZone), toZone);
    }

    private static void checkZone(String zone) {
        requireNonNull(zone, "zone is null");
        if (!zone.equals("UTC") && (!ZONES.contains(zone) || zone.startsWith("SystemV/"))) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE, "unknown time zone: " + SqlChecks.shown(zone));
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitConvertTimeZone(this);
    }
}
