package io.trailscope.query.filter;

import io.trailscope.error.TrailException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whitespace-separated words of one date term, with their columns, read front to back. */
final class DateWords {
    /** One word and the column (from 1) where it starts in the whole expression. */
    record Word(String text, int column) {
        boolean is(String keyword) {
            return text.equalsIgnoreCase(keyword);
        }
    }

    private final String expression;
    private final List<Word> words;
    private final int endColumn;
    private int index;

    private DateWords(String expression, List<Word> words, int endColumn) {
        this.expression = expression;
        this.words = List.copyOf(words);
        this.endColumn = endColumn;
    }

    /** The words of {@code expression.substring(start, end)}. */
    static DateWords split(String expression, int start, int end) {
        List<Word> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (TermCharacter.isWhitespace(expression.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < end && !TermCharacter.isWhitespace(expression.charAt(i))) {
                i++;
            }
            words.add(new Word(expression.substring(wordStart, i), wordStart + 1));
        }
        return new DateWords(expression, words, end + 1);
    }

    boolean atEnd() {
        return index >= words.size();
    }

    Optional<Word> peek(int ahead) {
        int at = index + ahead;
        if (at >= words.size()) {
            return Optional.empty();
        }
        return Optional.of(words.get(at));
    }

    Word next(String expected) {
        if (atEnd()) {
            throw expected(expected);
        }
        return words.get(index++);
    }

    /** Consumes the next word if it is {@code keyword} (any case). */
    boolean keyword(String keyword) {
        if (!atEnd() && words.get(index).is(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    void require(String keyword) {
        if (!keyword(keyword)) {
            throw expected("'" + keyword + "'");
        }
    }

    TrailException expected(String what) {
        if (atEnd()) {
            return error(endColumn, "expected " + what + ", found end of term");
        }
        Word word = words.get(index);
        return error(word.column(), "expected " + what + ", found '" + word.text() + "'");
    }

    TrailException error(int column, String problem) {
        return FilterErrors.at(FilterKind.DATE, expression, column, problem);
    }
}
