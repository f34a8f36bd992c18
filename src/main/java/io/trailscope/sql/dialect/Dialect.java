package io.trailscope.sql.dialect;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.ArithmeticOperator;
import io.trailscope.sql.Cast;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.DatePart;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ExtractPart;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.JsonExtractScalar;
import io.trailscope.sql.Like;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.RegexpMatch;
import io.trailscope.sql.SafeDivide;
import io.trailscope.sql.SqlChecks;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TimeUnit;
import io.trailscope.sql.TruncateTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A SQL dialect: {@link DialectSettings} (data), {@link DialectCapabilities} (flags), lexical hooks that return
 * text (quoting, literals, type names), and lowering hooks that turn a semantic node into simpler nodes the
 * {@link SqlRenderer} draws. Lowering hooks return AST, never text, so bound parameters stay in order even when a
 * hook repeats an operand. A dialect is a pure, immutable object: no I/O.
 * Subclasses override only what differs; a family (Athena extends Trino) is a subclass chain.
 */
public abstract class Dialect {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int NANOS_PER_MICRO = 1000;

    private final String name;
    private final DialectSettings settings;
    private final DialectCapabilities capabilities;

    protected Dialect(String name, DialectSettings settings, DialectCapabilities capabilities) {
        this.name = requireNonNull(name, "name is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.capabilities = requireNonNull(capabilities, "capabilities is null");
    }

    /** The connection type this dialect serves, as written in configuration: {@code duckdb}, {@code trino}, ... */
    public final String name() {
        return name;
    }

    public final DialectSettings settings() {
        return settings;
    }

    public final DialectCapabilities capabilities() {
        return capabilities;
    }

    public final boolean supports(Capability capability) {
        return capabilities.supports(capability);
    }

    // ---- lexical hooks ------------------------------------------------------------------------------------

    /** Always quotes, doubling embedded quotes, so reserved words and any character except NUL are safe. */
    public String quoteIdentifier(String identifier) {
        SqlChecks.identifier(identifier, "identifier");
        if (settings.maxIdentifierLength().isPresent()
                && identifier.length() > settings.maxIdentifierLength().getAsInt()) {
            throw new TrailException(ErrorCode.SQL_INVALID_IDENTIFIER, "identifier longer than "
                    + settings.maxIdentifierLength().getAsInt() + " characters for " + name + ": "
                    + SqlChecks.shown(identifier));
        }
        String quote = String.valueOf(settings.identifierQuote());
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /**
     * Model-author SQL text (a LookML {@code sql:} fragment with its references rendered, a derived table, a table
     * name) as this engine should receive it. Verbatim by default; a dialect that emulates another engine's
     * functions may rewrite what it cannot emulate otherwise.
     */
    public String rawSql(String text) {
        return text;
    }

    /** A single-quoted literal with quotes doubled (and backslashes, if the engine treats them as escapes). */
    public String stringLiteral(String value) {
        String escaped = value.replace("'", "''");
        if (settings.backslashEscapes()) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }

    public String numberLiteral(BigDecimal value) {
        return value.toPlainString();
    }

    public String dateLiteral(LocalDate value) {
        return "DATE '" + value + "'";
    }

    public String timestampLiteral(LocalDateTime value) {
        return "TIMESTAMP '" + formatTimestamp(value) + "'";
    }

    public abstract String timestampTzLiteral(Instant value);

    public String typeName(SqlType type) {
        return switch (type.kind()) {
            case VARCHAR -> "VARCHAR";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
            case JSON -> "JSON";
        };
    }

    /** {@code yyyy-MM-dd HH:mm:ss} plus the fraction without trailing zeros, microseconds at most. */
    protected static String formatTimestamp(LocalDateTime value) {
        String text = SECONDS.format(value);
        int micros = value.getNano() / NANOS_PER_MICRO;
        if (micros == 0) {
            return text;
        }
        String fraction = String.format(Locale.ROOT, "%06d", micros).replaceAll("0+$", "");
        return text + "." + fraction;
    }

    // ---- lowering hooks: time -----------------------------------------------------------------------------

    /** Buckets and week starts are built from {@link #truncate}, {@link #extract} and {@link #dateAdd}. */
    public Expression truncateTime(TruncateTime node) {
        Expression value = node.value();
        if (node.multiple() > 1) {
            TimeUnit parent = parentUnit(node.unit());
            Expression part = ExtractPart.of(value, partWithinParent(node.unit()));
            Expression floored = new Arithmetic(ArithmeticOperator.MINUS, part,
                    new Arithmetic(ArithmeticOperator.MODULO, part, Literal.of(node.multiple())));
            return new DateAdd(truncate(value, parent), node.unit(), floored);
        }
        if (node.unit() == TimeUnit.WEEK && node.weekStart() != settings.engineWeekStart()) {
            // Shift so the requested start day falls on the engine's week start, truncate, shift back.
            int shift = Math.floorMod(settings.engineWeekStart().getValue() - node.weekStart().getValue(), 7);
            Expression truncated = truncate(DateAdd.of(value, TimeUnit.DAY, shift), TimeUnit.WEEK);
            return DateAdd.of(truncated, TimeUnit.DAY, -shift);
        }
        return truncate(value, node.unit());
    }

    /** The engine's own truncation to the start of {@code unit} (weeks start on the engine week start). */
    protected abstract Expression truncate(Expression value, TimeUnit unit);

    public Expression extractPart(ExtractPart node) {
        if (node.part() == DatePart.DAY_OF_WEEK_INDEX) {
            // (isodow + 7 - start) % 7 is 0 on the start day and never negative.
            int offset = 7 - node.weekStart().getValue();
            Expression isoDay = extract(node.value(), DatePart.ISO_DAY_OF_WEEK);
            Expression shifted = offset == 0
                    ? isoDay
                    : new Arithmetic(ArithmeticOperator.PLUS, isoDay, Literal.of(offset));
            return new Arithmetic(ArithmeticOperator.MODULO, shifted, Literal.of(7));
        }
        return extract(node.value(), node.part());
    }

    /** Every part except {@link DatePart#DAY_OF_WEEK_INDEX}, which the base class derives. */
    protected abstract Expression extract(Expression value, DatePart part);

    public abstract Expression convertTimeZone(ConvertTimeZone node);

    public abstract Expression dateAdd(DateAdd node);

    public abstract Expression dateDiff(DateDiff node);

    // ---- lowering hooks: functions ------------------------------------------------------------------------

    public abstract Expression jsonExtractScalar(JsonExtractScalar node);

    public abstract Expression regexpMatch(RegexpMatch node);

    public abstract Expression percentile(Percentile node);

    public abstract Expression listAggregate(ListAggregate node);

    /** {@code n / NULLIF(d, 0)}, the numerator made DOUBLE first where integer division truncates. */
    public Expression safeDivide(SafeDivide node) {
        Expression numerator = node.numerator();
        if (settings.integerDivision()) {
            numerator = Cast.of(numerator, SqlType.DOUBLE);
        }
        Expression denominator = FunctionCall.of("NULLIF", node.denominator(), Literal.of(0));
        return new Arithmetic(ArithmeticOperator.DIVIDE, numerator, denominator);
    }

    /** The fallback for case-insensitive LIKE without ILIKE: compare lower-cased value and pattern. */
    public Expression caseInsensitiveLike(Like node) {
        return new Like(FunctionCall.of("lower", node.value()), FunctionCall.of("lower", node.pattern()),
                node.escape(), false, node.negated());
    }

    // ---- lowering hooks: symmetric aggregates -------------------------------------------------------------

    public final Expression symmetricSum(SymmetricSum node) {
        return SymmetricAggregates.sum(node, this::symmetricKeyHash);
    }

    public final Expression symmetricAverage(SymmetricAverage node) {
        return SymmetricAggregates.average(node, this::symmetricKeyHash);
    }

    public final Expression symmetricCount(SymmetricCount node) {
        return SymmetricAggregates.count(node);
    }

    /**
     * H(key): a DECIMAL(38, 0) hash of {@code CAST(key AS VARCHAR)}, NULL for a NULL key, below about 5·10^27 so
     * that the sum of distinct hashes of 10^10 keys still fits DECIMAL(38, 0).
     */
    protected abstract Expression symmetricKeyHash(Expression key);

    // ---- helpers for subclasses ---------------------------------------------------------------------------

    /** The lower-case unit name both DuckDB and Trino accept in date_trunc, date_add and date_diff. */
    protected static Literal unitName(TimeUnit unit) {
        return Literal.of(unit.name().toLowerCase(Locale.ROOT));
    }

    private static TimeUnit parentUnit(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> TimeUnit.MINUTE;
            case MINUTE -> TimeUnit.HOUR;
            case HOUR -> TimeUnit.DAY;
            case DAY, WEEK, MONTH, QUARTER, YEAR -> throw SqlChecks.invalidAst("no buckets of " + unit);
        };
    }

    private static DatePart partWithinParent(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> DatePart.SECOND_OF_MINUTE;
            case MINUTE -> DatePart.MINUTE_OF_HOUR;
            case HOUR -> DatePart.HOUR_OF_DAY;
            case DAY, WEEK, MONTH, QUARTER, YEAR -> throw SqlChecks.invalidAst("no buckets of " + unit);
        };
    }
}
