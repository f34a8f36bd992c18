package io.trailscope.query.filter;

import io.trailscope.error.TrailException;
import java.math.BigDecimal;
import java.util.Optional;

/** A position in an expression with the small lexing steps the number grammar needs. */
final class ExpressionCursor {
    /** Bigger exponents would make SQL binding fail far from the user's input; refuse them here. */
    private static final int MAX_SCALE = 1000;

    private final FilterKind kind;
    private final String expression;
    private int position;

    ExpressionCursor(FilterKind kind, String expression) {
        this.kind = kind;
        this.expression = expression;
    }

    boolean atEnd() {
        return position >= expression.length();
    }

    boolean peek(char c) {
        return !atEnd() && expression.charAt(position) == c;
    }

    int position() {
        return position;
    }

    void reset(int savedPosition) {
        position = savedPosition;
    }

    void skipWhitespace() {
        while (!atEnd() && TermCharacter.isWhitespace(expression.charAt(position))) {
            position++;
        }
    }

    /** Consumes {@code symbol} if it comes next. */
    boolean symbol(String symbol) {
        if (expression.startsWith(symbol, position)) {
            position += symbol.length();
            return true;
        }
        return false;
    }

    /** Consumes {@code word} (any case) if it comes next and is not the start of a longer word. */
    boolean keyword(String word) {
        int end = position + word.length();
        if (!expression.regionMatches(true, position, word, 0, word.length())) {
            return false;
        }
        if (end < expression.length() && Character.isLetterOrDigit(expression.charAt(end))) {
            return false;
        }
        position = end;
        return true;
    }

    /** Consumes a decimal number such as {@code -5}, {@code .5}, {@code 1.5e-3} if one comes next. */
    Optional<BigDecimal> number() {
        int start = position;
        symbol("-");
        int digits = skipDigits();
        if (symbol(".")) {
            digits += skipDigits();
        }
        if (digits == 0) {
            position = start;
            return Optional.empty();
        }
        skipExponent();
        String text = expression.substring(start, position);
        try {
            BigDecimal value = new BigDecimal(text);
            if (Math.abs(value.scale()) <= MAX_SCALE) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // fall through: the exponent does not fit
        }
        throw errorAt(start, "the number " + text + " is out of range");
    }

    BigDecimal requireNumber() {
        return number().orElseThrow(() -> expected("a number"));
    }

    TrailException expected(String what) {
        return errorAt(position, "expected " + what + ", found " + FilterErrors.describe(expression, position));
    }

    TrailException errorAt(int index, String problem) {
        return FilterErrors.at(kind, expression, index + 1, problem);
    }

    private int skipDigits() {
        int start = position;
        while (!atEnd() && isAsciiDigit(expression.charAt(position))) {
            position++;
        }
        return position - start;
    }

    private void skipExponent() {
        int start = position;
        if (!symbol("e") && !symbol("E")) {
            return;
        }
        if (!symbol("-")) {
            symbol("+");
        }
        if (skipDigits() == 0) {
            position = start;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
