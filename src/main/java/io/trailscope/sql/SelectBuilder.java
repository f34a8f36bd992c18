package io.trailscope.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Mutable, single-use builder for {@link Select}; validation happens in {@link #build()}. */
public final class SelectBuilder {
    private final List<CommonTableExpression> with = new ArrayList<>();
    private boolean distinct;
    private final List<SelectItem> items = new ArrayList<>();
    private Optional<Relation> from = Optional.empty();
    private final List<Join> joins = new ArrayList<>();
    private Optional<Expression> where = Optional.empty();
    private final List<Expression> groupBy = new ArrayList<>();
    private Optional<Expression> having = Optional.empty();
    private Optional<Expression> qualify = Optional.empty();
    private final List<OrderItem> orderBy = new ArrayList<>();
    private OptionalLong limit = OptionalLong.empty();
    private OptionalLong offset = OptionalLong.empty();

    SelectBuilder() {}

    public SelectBuilder with(String name, Query query) {
        with.add(new CommonTableExpression(name, query));
        return this;
    }

    public SelectBuilder distinct() {
        distinct = true;
        return this;
    }

    public SelectBuilder select(Expression expression) {
        items.add(new SelectItem(expression, Optional.empty()));
        return this;
    }

    public SelectBuilder select(Expression expression, String alias) {
        items.add(SelectItem.of(expression, alias));
        return this;
    }

    public SelectBuilder from(Relation relation) {
        from = Optional.of(relation);
        return this;
    }

    public SelectBuilder join(JoinType type, Relation relation, Expression condition) {
        joins.add(Join.of(type, relation, condition));
        return this;
    }

    public SelectBuilder crossJoin(Relation relation) {
        joins.add(new Join(JoinType.CROSS, relation, Optional.empty()));
        return this;
    }

    /** Sets WHERE; call once with the full condition (use {@link And} for several). */
    public SelectBuilder where(Expression condition) {
        where = Optional.of(condition);
        return this;
    }

    public SelectBuilder groupBy(Expression... expressions) {
        groupBy.addAll(Arrays.asList(expressions));
        return this;
    }

    public SelectBuilder having(Expression condition) {
        having = Optional.of(condition);
        return this;
    }

    public SelectBuilder qualify(Expression condition) {
        qualify = Optional.of(condition);
        return this;
    }

    public SelectBuilder orderBy(OrderItem... order) {
        orderBy.addAll(Arrays.asList(order));
        return this;
    }

    public SelectBuilder limit(long rows) {
        limit = OptionalLong.of(rows);
        return this;
    }

    public SelectBuilder offset(long rows) {
        offset = OptionalLong.of(rows);
        return this;
    }

    public Select build() {
        return new Select(with, distinct, items, from, joins, where, groupBy, having, qualify, orderBy, limit, offset);
    }
}
