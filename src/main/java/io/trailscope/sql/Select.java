package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A SELECT statement. GROUP BY holds expressions; the renderer writes an ordinal for one that is also a select
 * item when the dialect allows it. QUALIFY needs {@code Capability.QUALIFY}. Build with {@link #builder()}.
 */
public record Select(
        List<CommonTableExpression> with,
        boolean distinct,
        List<SelectItem> items,
        Optional<Relation> from,
        List<Join> joins,
        Optional<Expression> where,
        List<Expression> groupBy,
        Optional<Expression> having,
        Optional<Expression> qualify,
        List<OrderItem> orderBy,
        OptionalLong limit,
        OptionalLong offset) implements Query {
    public Select {
        with = List.copyOf(requireNonNull(with, "with is null"));
        items = List.copyOf(requireNonNull(items, "items is null"));
        requireNonNull(from, "from is null");
        joins = List.copyOf(requireNonNull(joins, "joins is null"));
        requireNonNull(where, "where is null");
        groupBy = List.copyOf(requireNonNull(groupBy, "groupBy is null"));
        requireNonNull(having, "having is null");
        requireNonNull(qualify, "qualify is null");
        orderBy = List.copyOf(requireNonNull(orderBy, "orderBy is null"));
        requireNonNull(limit, "limit is null");
        requireNonNull(offset, "offset is null");
        if (items.isEmpty()) {
            throw SqlChecks.invalidAst("SELECT needs at least one item");
        }
        if (!joins.isEmpty() && from.isEmpty()) {
            throw SqlChecks.invalidAst("JOIN without FROM");
        }
        if (limit.orElse(0) < 0 || offset.orElse(0) < 0) {
            throw SqlChecks.invalidAst("LIMIT and OFFSET must not be negative");
        }
        checkUniqueNames(with);
        for (OrderItem item : orderBy) {
            checkOrderTarget(item.target(), items);
        }
    }

    public static SelectBuilder builder() {
        return new SelectBuilder();
    }

    /** The 1-based position of the first item with this alias, if any. */
    public OptionalLong ordinalOfAlias(String alias) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).alias().equals(Optional.of(alias))) {
                return OptionalLong.of(i + 1);
            }
        }
        return OptionalLong.empty();
    }

    /** The 1-based position of the first item computing exactly this expression, if any. */
    public OptionalLong ordinalOfExpression(Expression expression) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).expression().equals(expression)) {
                return OptionalLong.of(i + 1);
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.visitSelect(this);
    }

    private static void checkUniqueNames(List<CommonTableExpression> with) {
        Set<String> names = new HashSet<>();
        for (CommonTableExpression cte : with) {
            // Both engines resolve names case-insensitively, so "A" and "a" would clash.
            if (!names.add(cte.name().toLowerCase(Locale.ROOT))) {
                throw SqlChecks.invalidAst("duplicate CTE name: " + SqlChecks.shown(cte.name()));
            }
        }
    }

    private static void checkOrderTarget(OrderTarget target, List<SelectItem> items) {
        if (target instanceof OrderTarget.ByOrdinal ordinal && ordinal.ordinal() > items.size()) {
            throw SqlChecks.invalidAst("ORDER BY " + ordinal.ordinal() + " but only " + items.size() + " items");
        }
        if (target instanceof OrderTarget.ByAlias alias
                && items.stream().noneMatch(item -> item.alias().equals(Optional.of(alias.alias())))) {
            throw SqlChecks.invalidAst("ORDER BY unknown alias " + SqlChecks.shown(alias.alias()));
        }
    }
}
