package io.trailscope.sql.dialect;

/**
 * Binding strength of rendered nodes, loosest first. A child is parenthesized when it binds more loosely than
 * its position requires; raw SQL binds loosest of all, so it is parenthesized wherever it is an operand.
 */
final class Precedence {
    static final int RAW = 0;
    static final int OR = 10;
    static final int AND = 20;
    static final int NOT = 30;
    static final int PREDICATE = 40;
    static final int CONCAT = 45;
    static final int ADDITIVE = 50;
    static final int MULTIPLICATIVE = 60;
    static final int ATOM = 100;

    /** Where anything goes: a select item, a function argument, a list element, a THEN branch. */
    static final int ANY = RAW;

    private Precedence() {}
}
