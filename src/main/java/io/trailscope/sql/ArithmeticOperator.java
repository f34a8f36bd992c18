package io.trailscope.sql;

/** Binary arithmetic. DIVIDE follows the engine (Trino truncates integers); use {@link SafeDivide} for ratios. */
public enum ArithmeticOperator {
    PLUS("+", true),
    MINUS("-", true),
    MULTIPLY("*", false),
    DIVIDE("/", false),
    MODULO("%", false);

    private final String symbol;
    private final boolean additive;

    ArithmeticOperator(String symbol, boolean additive) {
        this.symbol = symbol;
        this.additive = additive;
    }

    public String symbol() {
        return symbol;
    }

    /** Additive operators bind more loosely than multiplicative ones. */
    public boolean isAdditive() {
        return additive;
    }
}
