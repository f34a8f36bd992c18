package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.TrailException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Looker's string grammar. Rules (see CONTEXT.md for the reasons):
 * <ul>
 *   <li>Unescaped commas separate terms; unescaped whitespace around a term is dropped ({@code ^ } keeps a space).
 *   <li>A leading {@code -} negates a term; {@code ^-} is a literal dash.
 *   <li>{@code NULL}/{@code null} and {@code EMPTY}/{@code empty} are keywords unless a character is escaped
 *       ({@code ^NULL} is the text NULL).
 *   <li>{@code ^} makes the next character literal, whatever it is.
 *   <li>Unescaped {@code %} or {@code _} make the term a LIKE pattern; otherwise it is an equality.
 *   <li>A term that starts with {@code "} runs to the next unescaped {@code "} and is always a literal
 *       equality: commas, wildcards and keywords inside are plain text.
 * </ul>
 */
public final class StringFilterParser {
    private static final char ESCAPE = '^';
    private static final char QUOTE = '"';

    private final String expression;
    private int position;

    private StringFilterParser(String expression) {
        this.expression = expression;
    }

    /** The filter, or empty when the expression is blank (no condition). */
    public static Optional<StringFilter> parse(String expression) {
        requireNonNull(expression, "expression is null");
        FilterErrors.checkLength(FilterKind.STRING, expression);
        if (expression.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StringFilterParser(expression).parseTerms());
    }

    private StringFilter parseTerms() {
        List<StringTerm> terms = new ArrayList<>();
        while (true) {
            terms.add(parseTerm());
            if (position >= expression.length()) {
                return new StringFilter(terms);
            }
            position++; // the comma that ended the term
        }
    }

    private StringTerm parseTerm() {
        skipWhitespace();
        expectValue("a value");
        boolean negated = false;
        if (expression.charAt(position) == '-') {
            negated = true;
            position++;
            skipWhitespace();
            expectValue("a value after '-'");
        }
        StringCondition condition = expression.charAt(position) == QUOTE ? parseQuoted() : parseBare();
        return new StringTerm(condition, negated);
    }

    private StringCondition parseQuoted() {
        int open = position++;
        StringBuilder text = new StringBuilder();
        while (position < expression.length() && expression.charAt(position) != QUOTE) {
            text.append(nextCharacter().value());
        }
        if (position >= expression.length()) {
            throw error(open, "expected a closing '\"' for the quote opened here");
        }
        position++;
        skipWhitespace();
        if (position < expression.length() && expression.charAt(position) != ',') {
            throw error(position, "expected ',' or end of expression after a quoted value, found "
                    + FilterErrors.describe(expression, position));
        }
        return new StringEquals(text.toString());
    }

    private StringCondition parseBare() {
        List<TermCharacter> characters = new ArrayList<>();
        while (position < expression.length() && expression.charAt(position) != ',') {
            characters.add(nextCharacter());
        }
        int end = characters.size();
        while (end > 0 && characters.get(end - 1).isPlainWhitespace()) {
            end--;
        }
        return StringPatterns.condition(characters.subList(0, end));
    }

    private TermCharacter nextCharacter() {
        char c = expression.charAt(position);
        if (c != ESCAPE) {
            position++;
            return new TermCharacter(c, false);
        }
        if (position + 1 >= expression.length()) {
            throw error(position, "expected a character after the escape character '^'");
        }
        position += 2;
        return new TermCharacter(expression.charAt(position - 1), true);
    }

    private void expectValue(String what) {
        if (position >= expression.length() || expression.charAt(position) == ',') {
            throw error(position, "expected " + what + ", found " + FilterErrors.describe(expression, position));
        }
    }

    private void skipWhitespace() {
        while (position < expression.length() && TermCharacter.isWhitespace(expression.charAt(position))) {
            position++;
        }
    }

    private TrailException error(int index, String problem) {
        return FilterErrors.at(FilterKind.STRING, expression, index + 1, problem);
    }
}
