package io.trailscope.query.plan;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Dimension;
import io.trailscope.model.Explore;
import io.trailscope.model.ExploreJoin;
import io.trailscope.model.Model;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.RowLimits;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.ColumnRole;
import io.trailscope.query.result.LayoutColumn;
import io.trailscope.query.result.ResultLayout;
import io.trailscope.query.time.Timeframe;
import io.trailscope.sql.Expression;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Select;
import io.trailscope.sql.SelectBuilder;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.dialect.DialectCapabilities;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a {@link QueryRequest} against a model into SQL AST and a result layout (lookml.md §2.11): only the
 * joins the query needs, dimensions grouped, dimension filters in WHERE and measure filters in HAVING, explore
 * filters and {@code sql_always_where}, Looker's default sort, 500/5,000 row limits, symmetric aggregates where a
 * join repeats rows, derived tables as CTEs. It asks the engine's capabilities, never its name.
 */
public final class QueryPlanner {
    /** Rows fetched for a pivoted query, which is limited by pivoted rows after pivoting in Java. */
    public static final int PIVOT_SQL_LIMIT = 100_000;

    private final DialectCapabilities capabilities;
    private final Clock clock;

    public QueryPlanner(DialectCapabilities capabilities, Clock clock) {
        this.capabilities = requireNonNull(capabilities, "capabilities is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public QueryPlan plan(Model model, QueryRequest request) {
        Explore explore = model.explore(request.explore()).orElseThrow(() -> new TrailException(
                ErrorCode.QUERY_INVALID, "model '" + model.name() + "' has no explore '" + request.explore() + "'"
                        + (model.explores().isEmpty() ? "" : " (it has " + String.join(", ",
                        model.explores().keySet()) + ")")));
        model.exploreProblem(explore.name()).ifPresent(problem -> {
            throw new TrailException(ErrorCode.QUERY_INVALID, "explore '" + explore.name() + "' cannot be used: "
                    + problem);
        });
        ZoneId zone = zone(request.timeZone());
        PlanContext context = new PlanContext(model, explore, capabilities, zone,
                ZonedDateTime.now(clock).withZoneSameInstant(zone));
        Selection selection = Selection.of(request, context);
        List<FilterSelection.Applied> filters = FilterSelection.of(request, context);
        List<SortSpec> sorts = SortSelection.of(request, selection, context);
        int rowLimit = RowLimits.rows(request.limit());
        if (request.limit().isPresent() && request.limit().getAsInt() > RowLimits.MAX) {
            context.note("limit " + request.limit().getAsInt() + " is above the maximum; " + RowLimits.MAX
                    + " rows at most");
        }
        int columnLimit = RowLimits.columns(request.columnLimit());

        AliasCollector collector = new AliasCollector(context);
        collector.aliases().add(explore.baseAlias());
        selection.all().forEach(field -> collector.field(field.alias(), field.field()));
        filters.forEach(filter -> collector.field(filter.field().alias(), filter.field().field()));
        explore.sqlAlwaysWhere().ifPresent(sql -> collector.template(sql, explore.baseAlias(), explore.baseView()));
        explore.sqlAlwaysHaving().ifPresent(sql -> collector.template(sql, explore.baseAlias(), explore.baseView()));
        JoinPlanner joinPlanner = new JoinPlanner(context, collector);
        List<ExploreJoin> joins = joinPlanner.plan();
        Set<String> symmetric = FanOut.symmetricAliases(context, joins, joinPlanner);

        Ctes ctes = new Ctes(context);
        FieldSql fields = new FieldSql(context, ctes, symmetric);
        SelectBuilder select = Select.builder();
        List<LayoutColumn> layout = new ArrayList<>();
        List<Expression> groupBy = new ArrayList<>();
        for (ResolvedField dimension : selection.dimensions()) {
            Expression expression = fields.field(dimension.alias(), dimension.field());
            select.select(expression, dimension.id());
            groupBy.add(expression);
            layout.add(column(dimension, ColumnRole.DIMENSION));
        }
        for (ResolvedField measure : selection.measures()) {
            select.select(fields.field(measure.alias(), measure.field()), measure.id());
            layout.add(column(measure, ColumnRole.MEASURE));
        }
        List<OrderItem> order = new ArrayList<>();
        int keys = 0;
        for (SortSpec sort : sorts) {
            SortDirection direction = sort.descending() ? SortDirection.DESC : SortDirection.ASC;
            Optional<Expression> key = sortKey(selection, sort.field(), fields);
            if (key.isPresent()) {
                String alias = "__sort_" + (++keys);
                select.select(key.get(), alias);
                groupBy.add(key.get());
                layout.add(new LayoutColumn(alias, ColumnRole.SORT_KEY, Optional.empty(), Optional.empty(),
                        Optional.empty()));
                order.add(OrderItem.alias(alias, direction));
            } else {
                order.add(OrderItem.alias(sort.field(), direction));
            }
        }
        order.addAll(tieBreakers(selection, sorts));
        Clauses clauses = Clauses.of(context, fields, filters);
        select.from(ctes.relation(explore.baseAlias(), explore.baseView()));
        for (ExploreJoin join : joins) {
            Joins.add(select, join, ctes.relation(join.alias(), join.view()), fields, context);
        }
        clauses.where().ifPresent(select::where);
        if (!selection.dimensions().isEmpty() && !RowGrain.eachRowIsAGroup(selection, context, joins, clauses)) {
            select.groupBy(groupBy.toArray(new Expression[0]));
        }
        clauses.having().ifPresent(select::having);
        select.orderBy(order.toArray(new OrderItem[0]));
        select.limit(selection.pivots().isEmpty() ? rowLimit : PIVOT_SQL_LIMIT);
        ctes.ctes().forEach(select::with);
        ResultLayout resultLayout = new ResultLayout(layout, selection.pivots(), selection.fillFields(), sorts,
                rowLimit, columnLimit, request.calculations(), model.weekStartDay(), model.fiscalMonthOffset());
        return new QueryPlan(select.build(), resultLayout, context.notes());
    }

    /**
     * Every selected dimension not sorted on, ascending, after the requested sorts: rows that tie on the sorts
     * (ten services with one event each) then come in the same order on every run and every engine, and a limit
     * cuts the same rows, so a dashboard does not reshuffle on reload.
     */
    private static List<OrderItem> tieBreakers(Selection selection, List<SortSpec> sorts) {
        List<OrderItem> items = new ArrayList<>();
        for (ResolvedField dimension : selection.dimensions()) {
            if (sorts.stream().noneMatch(sort -> sort.field().equals(dimension.id()))) {
                items.add(OrderItem.alias(dimension.id(), SortDirection.ASC));
            }
        }
        return items;
    }

    private static Optional<Expression> sortKey(Selection selection, String id, FieldSql fields) {
        for (ResolvedField dimension : selection.dimensions()) {
            if (dimension.id().equals(id) && dimension.field() instanceof Dimension field) {
                return fields.dimensions().sortKey(dimension.alias(), field);
            }
        }
        return Optional.empty();
    }

    private static LayoutColumn column(ResolvedField field, ColumnRole role) {
        Optional<Timeframe> timeframe = Optional.empty();
        if (field.field() instanceof Dimension dimension && dimension.timeframe().isPresent()
                && dimension.cases().isEmpty()) {
            timeframe = Optional.of(FieldKinds.timeframe(dimension));
        }
        return new LayoutColumn(field.id(), role, timeframe, field.field().info().label(),
                field.field().info().valueFormatName());
    }

    private static ZoneId zone(Optional<String> requested) {
        if (requested.isEmpty() || requested.get().isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(requested.get().strip());
        } catch (DateTimeException e) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "unknown time zone '" + requested.get()
                    + "': use an IANA name such as America/Los_Angeles or UTC");
        }
    }
}
