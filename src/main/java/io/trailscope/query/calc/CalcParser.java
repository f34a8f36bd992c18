package io.trailscope.query.calc;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Recursive descent over {@code sum = product {(+|-) product}; product = unary {(*|/) unary};
 * unary = [-] atom; atom = number | ${name} | ( sum )}. Errors are {@code QUERY_INVALID} with the column.
 */
public final class CalcParser {
    private static final int MAX_LENGTH = 10_000;
    private static final int MAX_DEPTH = 100;

    private final String text;
    private int at;
    private int depth;

    private CalcParser(String text) {
        this.text = text;
    }

    public static CalcExpression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "table calculation longer than " + MAX_LENGTH
                    + " characters");
        }
        CalcParser parser = new CalcParser(text);
        CalcExpression expression = parser.sum();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
        }
        return expression;
    }

    /** The field and calculation names an expression uses, in order of first use. */
    public static Set<String> references(CalcExpression expression) {
        Set<String> names = new LinkedHashSet<>();
        collect(expression, names);
        return names;
    }

    private static void collect(CalcExpression expression, Set<String> names) {
        if (expression instanceof CalcExpression.FieldValue value) {
            names.add(value.field());
        } else if (expression instanceof CalcExpression.Negate negate) {
            collect(negate.operand(), names);
        } else if (expression instanceof CalcExpression.Binary binary) {
            collect(binary.left(), names);
            collect(binary.right(), names);
        }
    }

    private CalcExpression sum() {
        CalcExpression left = product();
        while (peek('+') || peek('-')) {
            char operator = text.charAt(at++);
            left = new CalcExpression.Binary(operator, left, product());
        }
        return left;
    }

    private CalcExpression product() {
        CalcExpression left = unary();
        while (peek('*') || peek('/')) {
            char operator = text.charAt(at++);
            left = new CalcExpression.Binary(operator, left, unary());
        }
        return left;
    }

    private CalcExpression unary() {
        if (peek('-')) {
            at++;
            return new CalcExpression.Negate(unary());
        }
        return atom();
    }

    private CalcExpression atom() {
        if (++depth > MAX_DEPTH) {
            throw error("expression nests too deeply");
        }
        try {
            if (peek('(')) {
                at++;
                CalcExpression inner = sum();
                expect(')');
                return inner;
            }
            if (peek('$')) {
                return reference();
            }
            return number();
        } finally {
            depth--;
        }
    }

    private CalcExpression reference() {
        at++;
        expect('{');
        int close = text.indexOf('}', at);
        if (close < 0) {
            throw error("'${' is never closed");
        }
        String name = text.substring(at, close).strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw error("'${" + name + "}' is not a field or calculation name");
        }
        at = close + 1;
        return new CalcExpression.FieldValue(name);
    }

    private CalcExpression number() {
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (start == at) {
            if (at < text.length() && Character.isLetter(text.charAt(at))) {
                throw error("functions are not supported in table calculations (only numbers, ${fields},"
                        + " + - * / and parentheses)");
            }
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "unexpected end");
        }
        try {
            return new CalcExpression.Constant(new BigDecimal(text.substring(start, at)));
        } catch (NumberFormatException e) {
            String written = text.substring(start, at);
            at = start;
            throw error("'" + written + "' is not a number");
        }
    }

    private boolean peek(char expected) {
        skipSpace();
        return at < text.length() && text.charAt(at) == expected;
    }

    private void expect(char expected) {
        if (!peek(expected)) {
            throw error("expected '" + expected + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private TrailException error(String message) {
        return new TrailException(ErrorCode.QUERY_INVALID, new SourceLocation("table calculation", 1, at + 1),
                message + " in '" + text + "'");
    }
}
