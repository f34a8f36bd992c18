package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One ORDER BY item. Without explicit null ordering the engine default applies (see the dialect settings). */
public record OrderItem(OrderTarget target, SortDirection direction, Optional<NullOrdering> nulls) {
    public OrderItem {
        requireNonNull(target, "target is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(nulls, "nulls is null");
    }

    public static OrderItem of(Expression expression, SortDirection direction) {
        return new OrderItem(new OrderTarget.ByExpression(expression), direction, Optional.empty());
    }

    public static OrderItem ordinal(int ordinal, SortDirection direction) {
        return new OrderItem(new OrderTarget.ByOrdinal(ordinal), direction, Optional.empty());
    }

    public static OrderItem alias(String alias, SortDirection direction) {
        return new OrderItem(new OrderTarget.ByAlias(alias), direction, Optional.empty());
    }

    public OrderItem withNulls(NullOrdering ordering) {
        return new OrderItem(target, direction, Optional.of(ordering));
    }
}
