package io.trailscope.query;

import static java.util.Objects.requireNonNull;

/** A filter on a field ({@code alias.field}) as a Looker filter expression; several on one field are ANDed. */
public record QueryFilter(String field, String expression) {
    public QueryFilter {
        requireNonNull(field, "field is null");
        requireNonNull(expression, "expression is null");
    }
}
