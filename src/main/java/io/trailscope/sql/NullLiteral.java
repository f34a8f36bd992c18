package io.trailscope.sql;

/** The untyped NULL. Wrap it in a {@link Cast} where the engine needs a type. */
public record NullLiteral() implements Literal {
    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNullLiteral(this);
    }
}
