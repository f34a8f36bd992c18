package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** {@code expression [AS alias]}; Looker aliases are field ids such as {@code "events.event_name"}. */
public record SelectItem(Expression expression, Optional<String> alias) {
    public SelectItem {
        requireNonNull(expression, "expression is null");
        requireNonNull(alias, "alias is null");
        alias.ifPresent(value -> SqlChecks.identifier(value, "column alias"));
    }

    public static SelectItem of(Expression expression, String alias) {
        return new SelectItem(expression, Optional.of(alias));
    }
}
