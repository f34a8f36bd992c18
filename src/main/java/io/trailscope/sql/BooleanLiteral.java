package io.trailscope.sql;

/** TRUE or FALSE. */
public record BooleanLiteral(boolean value) implements Literal {
    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitBooleanLiteral(this);
    }
}
