package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.CaseSpec;
import io.trailscope.model.Dimension;
import io.trailscope.model.DimensionType;
import io.trailscope.model.DurationSpec;
import io.trailscope.model.LocationSpec;
import io.trailscope.model.SqlTemplate;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.time.DurationUnit;
import io.trailscope.query.time.TimeframeKind;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.Concat;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Literal;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of each dimension type (lookml.md §2.3–§2.4). */
final class DimensionSql {
    private final PlanContext context;
    private final FieldSql fields;

    DimensionSql(PlanContext context, FieldSql fields) {
        this.context = context;
        this.fields = fields;
    }

    Expression expression(String alias, Dimension dimension) {
        if (dimension.cases().isPresent()) {
            return cases(alias, dimension, dimension.cases().get(), false);
        }
        return switch (dimension.type()) {
            case STRING, NUMBER, ZIPCODE, UNQUOTED, DATE_TIME -> sql(alias, dimension);
            case DATE -> Cast.of(sql(alias, dimension), SqlType.DATE);
            case YESNO -> new Case(List.of(new Case.When(sql(alias, dimension), Literal.of("Yes"))),
                    Optional.of(Literal.of("No")));
            case TIER, BIN -> Tiers.labels(sql(alias, dimension), dimension.tiers().orElseThrow());
            case LOCATION -> location(alias, dimension, dimension.location().orElseThrow(() -> invalid(dimension,
                    "has no sql_latitude and sql_longitude")));
            case TIMEFRAME -> TimeframeSql.timeframe(base(alias, dimension), FieldKinds.timeframe(dimension), context);
            case DURATION -> duration(alias, dimension, dimension.duration().orElseThrow());
        };
    }

    /** What a filter compares: the converted timestamp for date-like timeframes, else the dimension's value. */
    Expression filterTarget(String alias, Dimension dimension) {
        if (dimension.timeframe().isPresent() && dimension.cases().isEmpty()) {
            TimeframeKind kind = FieldKinds.timeframe(dimension).kind();
            if (kind == TimeframeKind.TIMESTAMP || kind == TimeframeKind.DATE) {
                return base(alias, dimension);
            }
        }
        return fields.field(alias, dimension);
    }

    /** The boolean condition of a yesno dimension (filters use it directly, as Looker does). */
    Expression condition(String alias, Dimension dimension) {
        return sql(alias, dimension);
    }

    /** A key to ORDER BY instead of the value, for values that do not sort by themselves. */
    Optional<Expression> sortKey(String alias, Dimension dimension) {
        if (dimension.cases().isPresent()) {
            return Optional.of(cases(alias, dimension, dimension.cases().get(), true));
        }
        if (dimension.type() == DimensionType.TIER || dimension.type() == DimensionType.BIN) {
            return Optional.of(Tiers.order(sql(alias, dimension), dimension.tiers().orElseThrow()));
        }
        if (dimension.timeframe().isPresent()) {
            return TimeframeSql.sortKey(base(alias, dimension), FieldKinds.timeframe(dimension), context);
        }
        return Optional.empty();
    }

    private Expression base(String alias, Dimension dimension) {
        return TimeframeSql.base(sql(alias, dimension), dimension.timeframe().orElseThrow(), context);
    }

    private Expression sql(String alias, Dimension dimension) {
        SqlTemplate template = dimension.sql().orElseThrow(() -> invalid(dimension, "has no sql"));
        return fields.expand(template, alias, dimension.view(), false);
    }

    private Expression cases(String alias, Dimension dimension, CaseSpec spec, boolean order) {
        List<Case.When> whens = new ArrayList<>();
        for (int i = 0; i < spec.whens().size(); i++) {
            CaseSpec.When when = spec.whens().get(i);
            Expression result = order ? Literal.of(i) : Literal.of(when.label());
            whens.add(new Case.When(fields.expand(when.condition(), alias, dimension.view(), false), result));
        }
        Optional<Expression> otherwise = spec.otherwise().map(label -> order
                ? (Expression) Literal.of(spec.whens().size())
                : Literal.of(label));
        return new Case(whens, otherwise);
    }

    private Expression location(String alias, Dimension dimension, LocationSpec spec) {
        Expression latitude = Cast.of(fields.expand(spec.latitude(), alias, dimension.view(), false),
                SqlType.VARCHAR);
        Expression longitude = Cast.of(fields.expand(spec.longitude(), alias, dimension.view(), false),
                SqlType.VARCHAR);
        return new Concat(List.of(latitude, Literal.of(","), longitude));
    }

    private Expression duration(String alias, Dimension dimension, DurationSpec spec) {
        DurationUnit unit = DurationUnit.fromName(spec.interval()).orElseThrow(() -> invalid(dimension,
                "has an unknown interval '" + spec.interval() + "'"));
        Expression start = fields.expand(spec.sqlStart(), alias, dimension.view(), false);
        Expression end = fields.expand(spec.sqlEnd(), alias, dimension.view(), false);
        return new DateDiff(TimeUnit.valueOf(unit.name()), start, end);
    }

    private static TrailException invalid(Dimension dimension, String problem) {
        return new TrailException(ErrorCode.QUERY_INVALID, "'" + dimension.id() + "' cannot be used: it " + problem);
    }
}
