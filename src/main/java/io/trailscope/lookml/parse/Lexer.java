package io.trailscope.lookml.parse;

import static io.trailscope.error.ErrorCode.LOOKML_SYNTAX;
import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.SourceSnippet;
import io.trailscope.lookml.SourceSpan;
import io.trailscope.lookml.tree.SqlBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits LookML text into tokens, skipping whitespace and {@code #} comments. SQL blocks are not tokens: the
 * parser, having read an expression key and its colon, asks for {@link #readSqlBlock} instead of the next token.
 * Every call consumes input or throws, so no caller can loop forever.
 */
final class Lexer {
    /** A LookML block opening inside SQL text means the SQL's {@code ;;} was forgotten. */
    private static final Pattern RUNAWAY = Pattern.compile("^[ \\t]*((?:dimension|dimension_group|measure|filter|"
            + "parameter|view|explore|join|set|derived_table)[ \\t]*:[ \\t]*[+\\w.]*[ \\t]*\\{)", Pattern.MULTILINE);

    private final String file;
    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    Lexer(String file, String text) {
        this.file = requireNonNull(file, "file is null");
        this.text = requireNonNull(text, "text is null");
    }

    Token next() {
        skipTrivia();
        if (offset >= text.length()) {
            return new Token(TokenType.END, "", spanFrom(offset, line, column));
        }
        int startOffset = offset;
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(offset);
        if (isPunctuation(c)) {
            advance();
            return new Token(punctuation(c), String.valueOf(c), spanFrom(startOffset, startLine, startColumn));
        }
        if (c == '"') {
            return quoted(startOffset, startLine, startColumn);
        }
        if (c == ';') {
            String what = offset + 1 < text.length() && text.charAt(offset + 1) == ';'
                    ? "unexpected ';;': only sql, html and expression values end with ';;'"
                    : "unexpected ';'";
            throw error(here(), what);
        }
        while (offset < text.length() && isLiteralChar(text.charAt(offset))) {
            advance();
        }
        return new Token(TokenType.LITERAL, text.substring(startOffset, offset), spanFrom(startOffset, startLine, startColumn));
    }

    /** Reads raw text up to the next {@code ;;}, which it consumes; the text is trimmed. */
    SqlBlock readSqlBlock(Token key) {
        int end = text.indexOf(";;", offset);
        if (end < 0) {
            throw error(key.span().start(), "'" + key.text() + "' is never terminated: expected ';;' before end of file");
        }
        Matcher runaway = RUNAWAY.matcher(text).region(offset, end).useAnchoringBounds(false);
        if (runaway.find()) {
            int line = key.span().line() + (int) text.substring(key.span().startOffset(), runaway.start(1)).chars()
                    .filter(c -> c == '\n').count();
            throw error(key.span().start(), "'" + key.text() + "' is missing its ';;': the text runs into '"
                    + runaway.group(1).strip() + "' on line " + line);
        }
        int first = offset;
        while (first < end && isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > first && isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        advanceTo(first);
        int startLine = line;
        int startColumn = column;
        advanceTo(last);
        SqlBlock block = new SqlBlock(text.substring(first, last), spanFrom(first, startLine, startColumn));
        advanceTo(end + 2);
        return block;
    }

    String text() {
        return text;
    }

    TrailException error(SourceLocation location, String message) {
        return SourceSnippet.error(LOOKML_SYNTAX, text, location, message);
    }

    private Token quoted(int startOffset, int startLine, int startColumn) {
        advance();
        StringBuilder value = new StringBuilder();
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == '"') {
                advance();
                return new Token(TokenType.QUOTED, value.toString(), spanFrom(startOffset, startLine, startColumn));
            }
            if (c == '\\' && offset + 1 < text.length()) {
                char escaped = text.charAt(offset + 1);
                if (escaped != '"' && escaped != '\\') {
                    value.append(c);
                }
                value.append(escaped);
                advance();
                advance();
                continue;
            }
            value.append(c);
            advance();
        }
        throw error(new SourceLocation(file, startLine, startColumn), "unterminated string: no closing '\"'");
    }

    private void skipTrivia() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (isWhitespace(c)) {
                advance();
            } else if (c == '#') {
                while (offset < text.length() && text.charAt(offset) != '\n') {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private static boolean isPunctuation(char c) {
        return c == ':' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',';
    }

    private static TokenType punctuation(char c) {
        return switch (c) {
            case ':' -> TokenType.COLON;
            case '{' -> TokenType.OPEN_BRACE;
            case '}' -> TokenType.CLOSE_BRACE;
            case '[' -> TokenType.OPEN_BRACKET;
            case ']' -> TokenType.CLOSE_BRACKET;
            case ',' -> TokenType.COMMA;
            default -> throw new IllegalArgumentException("not punctuation: " + c);
        };
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF';
    }

    private static boolean isLiteralChar(char c) {
        return !isWhitespace(c) && !isPunctuation(c) && c != '"' && c != ';';
    }

    private void advance() {
        if (text.charAt(offset) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset++;
    }

    private void advanceTo(int target) {
        while (offset < target) {
            advance();
        }
    }

    private SourceLocation here() {
        return new SourceLocation(file, line, column);
    }

    private SourceSpan spanFrom(int startOffset, int startLine, int startColumn) {
        return new SourceSpan(file, startLine, startColumn, line, column, startOffset, offset);
    }
}
