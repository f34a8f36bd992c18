package io.trailscope.sql.dialect;

import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.Literal;
import io.trailscope.sql.SqlType;

/**
 * Amazon Athena engine version 3, a managed Trino. Differences from {@link TrinoDialect}:
 * <ul>
 * <li>No {@link Capability#BIND_PARAMETERS}. Athena is reached through the AWS SDK (no JDBC driver on Maven
 * Central), whose {@code ExecutionParameters} are positional strings spliced into the text as SQL (a string value
 * must carry its own quotes) and are accepted only in WHERE. That is not binding, so values are inlined through
 * the same escaping as every literal.</li>
 * <li>Athena v3 rejects {@code CAST(timestamp with time zone AS timestamp)} (NOT_SUPPORTED, reported by several
 * projects since 2022), so the wall clock is taken by formatting and re-parsing instead: slower, same value.</li>
 * <li>Athena timestamps are milliseconds ({@code timestamp(6)} columns are refused in CTAS), so TIMESTAMP types keep
 * Trino's default precision.</li>
 * <li>Table and column names are at most 255 characters.</li>
 * </ul>
 */
public class AthenaDialect extends TrinoDialect {
    private static final int MAX_IDENTIFIER_LENGTH = 255;
    private static final Literal WALL_CLOCK_FORMAT = Literal.of("%Y-%m-%d %H:%i:%s.%f");

    /** Declared after the constants it is built from: static fields initialize in order. */
    public static final AthenaDialect INSTANCE = new AthenaDialect();

    protected AthenaDialect() {
        super("athena",
                TrinoDialect.SETTINGS.withMaxIdentifierLength(MAX_IDENTIFIER_LENGTH),
                TrinoDialect.CAPABILITIES.without(Capability.BIND_PARAMETERS));
    }

    @Override
    public String typeName(SqlType type) {
        return switch (type.kind()) {
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
            case VARCHAR, INTEGER, BIGINT, DOUBLE, DECIMAL, BOOLEAN, DATE, JSON -> super.typeName(type);
        };
    }

    @Override
    protected Expression wallClock(Expression zoned) {
        return FunctionCall.of("date_parse", FunctionCall.of("date_format", zoned, WALL_CLOCK_FORMAT),
                WALL_CLOCK_FORMAT);
    }
}
