package io.trailscope.sql;

/** A character string; any content a Java string can hold, NUL and quotes included, as long as it is valid UTF-16. */
public record StringLiteral(String value) implements Literal {
    public StringLiteral {
        SqlChecks.text(value, "string literal");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitStringLiteral(this);
    }
}
