package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A value bound at execution time ({@code ?} for JDBC), or inlined as an escaped literal when the dialect cannot
 * bind. The Java class must match the type: VARCHAR and JSON take String, INTEGER Integer, BIGINT Long, DOUBLE a
 * finite Double, DECIMAL BigDecimal, BOOLEAN Boolean, DATE LocalDate, TIMESTAMP LocalDateTime and
 * TIMESTAMP_WITH_TIME_ZONE Instant. Null is not a parameter value: use {@link NullLiteral}.
 */
public record Parameter(Object value, SqlType type) implements Expression {
    private static final Map<SqlType.Kind, Class<?>> JAVA_CLASSES = Map.of(
            SqlType.Kind.VARCHAR, String.class,
            SqlType.Kind.JSON, String.class,
            SqlType.Kind.INTEGER, Integer.class,
            SqlType.Kind.BIGINT, Long.class,
            SqlType.Kind.DOUBLE, Double.class,
            SqlType.Kind.DECIMAL, BigDecimal.class,
            SqlType.Kind.BOOLEAN, Boolean.class,
            SqlType.Kind.DATE, LocalDate.class,
            SqlType.Kind.TIMESTAMP, LocalDateTime.class,
            SqlType.Kind.TIMESTAMP_WITH_TIME_ZONE, Instant.class);

    public Parameter {
        requireNonNull(value, "value is null");
        requireNonNull(type, "type is null");
        Class<?> expected = JAVA_CLASSES.get(type.kind());
        if (!expected.isInstance(value)) {
            throw SqlChecks.invalidAst("parameter of type " + type.kind() + " needs a " + expected.getSimpleName()
                    + ", got " + value.getClass().getSimpleName());
        }
        literal(value, type);
    }

    public static Parameter of(String value) {
        return new Parameter(value, SqlType.VARCHAR);
    }

    public static Parameter of(long value) {
        return new Parameter(value, SqlType.BIGINT);
    }

    public static Parameter of(LocalDateTime value) {
        return new Parameter(value, SqlType.TIMESTAMP);
    }

    public static Parameter of(Instant value) {
        return new Parameter(value, SqlType.TIMESTAMP_WITH_TIME_ZONE);
    }

    /** The value as it should be handed to JDBC {@code setObject}: instants become UTC OffsetDateTime. */
    public Object jdbcValue() {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }

    /** The same value as an expression with the same type, for engines that cannot bind. */
    public Expression toLiteral() {
        return literal(value, type);
    }

    private static Expression literal(Object value, SqlType type) {
        return switch (type.kind()) {
            case VARCHAR -> new StringLiteral((String) value);
            case JSON -> new Cast(new StringLiteral((String) value), type, false);
            case INTEGER -> Literal.of((Integer) value);
            case BIGINT -> Literal.of((Long) value);
            case DOUBLE -> new Cast(NumberLiteral.ofDouble((Double) value), type, false);
            case DECIMAL -> new Cast(Literal.of((BigDecimal) value), type, false);
            case BOOLEAN -> Literal.of((Boolean) value);
            case DATE -> Literal.of((LocalDate) value);
            case TIMESTAMP -> Literal.of((LocalDateTime) value);
            case TIMESTAMP_WITH_TIME_ZONE -> Literal.of((Instant) value);
        };
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitParameter(this);
    }
}
