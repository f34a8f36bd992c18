package io.trailscope.sql.dialect;

import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.ArithmeticOperator;
import io.trailscope.sql.Cast;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.DatePart;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.JsonExtractScalar;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Literal;
import io.trailscope.sql.NumberLiteral;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.RawSql;
import io.trailscope.sql.RegexpMatch;
import io.trailscope.sql.SqlChecks;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.TimeUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Trino. Every golden query parses with trino-parser 435; with a Trino server configured (see CONTEXT.md) they
 * also run on it, and the time and symmetric-aggregate results are compared with Java (done on Trino 476).
 * Trino's grammar wants OFFSET before LIMIT, has no QUALIFY or ILIKE, and truncates integer division.
 */
public class TrinoDialect extends Dialect {
    static final DialectSettings SETTINGS = DialectSettings.DEFAULT
            .withNullCollation(NullCollation.LAST)
            .withGroupByOrdinal(true)
            .withOrderByAlias(true)
            .withLimitStyle(LimitStyle.OFFSET_THEN_LIMIT)
            .withIntegerDivision(true);

    static final DialectCapabilities CAPABILITIES = DialectCapabilities.none().with(
            Capability.AGGREGATE_FILTER_CLAUSE, Capability.BIND_PARAMETERS, Capability.TIME_ZONE_CONVERSION,
            Capability.PERCENTILE, Capability.SYMMETRIC_AGGREGATES, Capability.FULL_OUTER_JOIN,
            Capability.NULLS_ORDERING, Capability.COMMON_TABLE_EXPRESSIONS, Capability.WINDOW_FUNCTIONS);

    private static final BigDecimal MIN_BIGINT = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_BIGINT = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final long TWO_TO_THE_32 = 1L << 32;

    /** Declared after the constants it is built from: static fields initialize in order. */
    public static final TrinoDialect INSTANCE = new TrinoDialect();

    protected TrinoDialect() {
        this("trino", SETTINGS, CAPABILITIES);
    }

    protected TrinoDialect(String name, DialectSettings settings, DialectCapabilities capabilities) {
        super(name, settings, capabilities);
    }

    /** Control characters go through a Unicode-escape literal so the SQL text stays printable. */
    @Override
    public String stringLiteral(String value) {
        if (value.chars().noneMatch(TrinoDialect::needsEscape)) {
            return super.stringLiteral(value);
        }
        StringBuilder out = new StringBuilder("U&'");
        value.chars().forEach(c -> {
            if (needsEscape(c) || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\%04X", c));
            }
            else if (c == '\'') {
                out.append("''");
            }
            else {
                out.append((char) c);
            }
        });
        return out.append('\'').toString();
    }

    /** Integer literals beyond BIGINT are a syntax error in Trino; the DECIMAL form reads them exactly. */
    @Override
    public String numberLiteral(BigDecimal value) {
        if (value.scale() <= 0 && (value.compareTo(MIN_BIGINT) < 0 || value.compareTo(MAX_BIGINT) > 0)) {
            return "DECIMAL '" + value.toPlainString() + "'";
        }
        return value.toPlainString();
    }

    /** Trino's TIMESTAMP alone means milliseconds; the AST's timestamps are microsecond values. */
    @Override
    public String typeName(SqlType type) {
        return switch (type.kind()) {
            case TIMESTAMP -> "TIMESTAMP(6)";
            case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP(6) WITH TIME ZONE";
            case VARCHAR, INTEGER, BIGINT, DOUBLE, DECIMAL, BOOLEAN, DATE, JSON -> super.typeName(type);
        };
    }

    @Override
    public String timestampTzLiteral(Instant value) {
        return "TIMESTAMP '" + formatTimestamp(value.atOffset(ZoneOffset.UTC).toLocalDateTime()) + " UTC'";
    }

    @Override
    protected Expression truncate(Expression value, TimeUnit unit) {
        return FunctionCall.of("date_trunc", unitName(unit), value);
    }

    @Override
    protected Expression extract(Expression value, DatePart part) {
        return switch (part) {
            case SECOND_OF_MINUTE -> FunctionCall.of("second", value);
            case MINUTE_OF_HOUR -> FunctionCall.of("minute", value);
            case HOUR_OF_DAY -> FunctionCall.of("hour", value);
            case ISO_DAY_OF_WEEK -> FunctionCall.of("day_of_week", value);
            case DAY_OF_WEEK_INDEX -> throw SqlChecks.invalidAst("DAY_OF_WEEK_INDEX is derived by Dialect.extractPart");
            case DAY_OF_WEEK_NAME -> FunctionCall.of("date_format", value, Literal.of("%W"));
            case DAY_OF_MONTH -> FunctionCall.of("day", value);
            case DAY_OF_YEAR -> FunctionCall.of("day_of_year", value);
            case ISO_WEEK_OF_YEAR -> FunctionCall.of("week_of_year", value);
            case MONTH_NUMBER -> FunctionCall.of("month", value);
            case MONTH_NAME -> FunctionCall.of("date_format", value, Literal.of("%M"));
            case QUARTER_OF_YEAR -> FunctionCall.of("quarter", value);
            case YEAR -> FunctionCall.of("year", value);
        };
    }

    /**
     * {@code CAST(instant AT TIME ZONE zone AS TIMESTAMP(6))} keeps the wall clock of the zone; a wall-clock input
     * is first read in its zone with {@code with_timezone}.
     */
    @Override
    public Expression convertTimeZone(ConvertTimeZone node) {
        Expression instant = node.fromZone()
                .<Expression>map(zone -> FunctionCall.of("with_timezone", node.value(), Literal.of(zone)))
                .orElse(node.value());
        return wallClock(RawSql.template("{} AT TIME ZONE {}", instant, Literal.of(node.toZone())));
    }

    /** The zone-less wall-clock TIMESTAMP of a TIMESTAMP WITH TIME ZONE, as seen in its own zone. */
    protected Expression wallClock(Expression zoned) {
        return Cast.of(zoned, SqlType.TIMESTAMP);
    }

    @Override
    public Expression dateAdd(DateAdd node) {
        return FunctionCall.of("date_add", unitName(node.unit()), node.amount(), node.value());
    }

    @Override
    public Expression dateDiff(DateDiff node) {
        return FunctionCall.of("date_diff", unitName(node.unit()), node.start(), node.end());
    }

    @Override
    public Expression jsonExtractScalar(JsonExtractScalar node) {
        return FunctionCall.of("json_extract_scalar", node.json(), Literal.of(node.path()));
    }

    @Override
    public Expression regexpMatch(RegexpMatch node) {
        return FunctionCall.of("regexp_like", node.value(), Literal.of(node.pattern()));
    }

    @Override
    public Expression percentile(Percentile node) {
        return FunctionCall.of("approx_percentile", node.value(), NumberLiteral.ofDouble(node.fraction()));
    }

    /** array_agg keeps NULLs, so they are filtered out before sorting and joining. */
    @Override
    public Expression listAggregate(ListAggregate node) {
        Expression text = Cast.of(node.value(), SqlType.VARCHAR);
        String pattern = node.distinct()
                ? "array_join(array_sort(array_agg(DISTINCT {}) FILTER (WHERE {} IS NOT NULL)), {})"
                : "array_join(array_sort(array_agg({}) FILTER (WHERE {} IS NOT NULL)), {})";
        return RawSql.template(pattern, text, text, Literal.of(node.separator()));
    }

    /**
     * Hex digits 1-15 and 16-23 of md5(key) as two integers ({@code from_base} returns BIGINT, and 15 hex digits
     * fit), combined as {@code high * 2^32 + low}: a 92-bit number, below 5·10^27.
     */
    @Override
    protected Expression symmetricKeyHash(Expression key) {
        Expression hex = FunctionCall.of("to_hex",
                FunctionCall.of("md5", FunctionCall.of("to_utf8", Cast.of(key, SqlType.VARCHAR))));
        Expression high = hexDigits(hex, 1, 15);
        Expression low = hexDigits(hex, 16, 8);
        return new Arithmetic(ArithmeticOperator.PLUS,
                new Arithmetic(ArithmeticOperator.MULTIPLY, high, Literal.of(TWO_TO_THE_32)), low);
    }

    private static Expression hexDigits(Expression hex, int start, int length) {
        Expression digits = FunctionCall.of("substr", hex, Literal.of(start), Literal.of(length));
        return Cast.of(FunctionCall.of("from_base", digits, Literal.of(16)), SqlType.decimal(38, 0));
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
    }
}
