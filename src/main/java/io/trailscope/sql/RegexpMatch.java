package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** True when {@code pattern} matches anywhere in {@code value} (RE2 syntax: anchor with ^ and $ yourself). */
public record RegexpMatch(Expression value, String pattern) implements Expression {
    public RegexpMatch {
        requireNonNull(value, "value is null");
        SqlChecks.text(pattern, "regular expression");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitRegexpMatch(this);
    }
}
