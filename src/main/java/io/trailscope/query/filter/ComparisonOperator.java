package io.trailscope.query.filter;

/** The one-sided comparisons of the number grammar; {@code x OP value}. */
public enum ComparisonOperator {
    GREATER_THAN(">"),
    GREATER_OR_EQUAL(">="),
    LESS_THAN("<"),
    LESS_OR_EQUAL("<=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    boolean isLowerBound() {
        return this == GREATER_THAN || this == GREATER_OR_EQUAL;
    }

    boolean isInclusive() {
        return this == GREATER_OR_EQUAL || this == LESS_OR_EQUAL;
    }
}
