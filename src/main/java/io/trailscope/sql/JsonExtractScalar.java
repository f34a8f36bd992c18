package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** The scalar at a JSONPath ({@code $.a.b}) in a JSON text, as VARCHAR; NULL when the path is missing. */
public record JsonExtractScalar(Expression json, String path) implements Expression {
    public JsonExtractScalar {
        requireNonNull(json, "json is null");
        SqlChecks.text(path, "JSON path");
        if (!path.startsWith("$")) {
            throw SqlChecks.invalidAst("JSON path must start with $: " + SqlChecks.shown(path));
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitJsonExtractScalar(this);
    }
}
