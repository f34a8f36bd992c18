package io.trailscope.lookml.parse;

import io.trailscope.error.TrailException;
import io.trailscope.lookml.SourceSpan;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.ListItem;
import io.trailscope.lookml.tree.ListValue;
import io.trailscope.lookml.tree.LookmlFile;
import io.trailscope.lookml.tree.Node;
import io.trailscope.lookml.tree.Pair;
import io.trailscope.lookml.tree.QuotedString;
import io.trailscope.lookml.tree.Scalar;
import io.trailscope.lookml.tree.SqlBlock;
import io.trailscope.lookml.tree.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recursive descent over {@link Lexer} tokens with one token of lookahead. After {@code key:} the next token decides:
 * {@code {} opens an anonymous block, {@code [} a list, a value followed by {@code {} a named block, otherwise a pair.
 * Keys starting with {@code sql}, {@code html} or {@code expr} take a raw value up to {@code ;;}.
 */
final class Parser {
    static final int MAX_DEPTH = 50;

    private final String file;
    private final Lexer lexer;
    private Token lookahead;
    private boolean hasLookahead;

    Parser(String file, String text) {
        this.file = file;
        this.lexer = new Lexer(file, text);
    }

    LookmlFile parseFile() {
        List<Node> children = entries(0, Optional.empty());
        Token end = take();
        SourceSpan span = new SourceSpan(file, 1, 1, end.span().endLine(), end.span().endColumn(), 0, end.span().endOffset());
        return new LookmlFile(file, children, span);
    }

    static boolean isExpressionKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.startsWith("sql") || lower.startsWith("html") || lower.startsWith("expr");
    }

    private List<Node> entries(int depth, Optional<Token> openBrace) {
        List<Node> children = new ArrayList<>();
        while (true) {
            Token token = peek();
            switch (token.type()) {
                case END -> {
                    if (openBrace.isPresent()) {
                        throw error(openBrace.get(), "'{' is never closed: expected '}' before end of file");
                    }
                    return children;
                }
                case CLOSE_BRACE -> {
                    if (openBrace.isEmpty()) {
                        throw error(token, "unexpected '}': no block is open here");
                    }
                    return children;
                }
                case LITERAL -> children.add(entry(depth));
                default -> throw error(token, "expected a key such as 'dimension:', found " + token.describe());
            }
        }
    }

    private Node entry(int depth) {
        Token key = take();
        if (peek().type() != TokenType.COLON) {
            throw lexer.error(key.span().end(), "expected ':' after '" + key.text() + "', found " + peek().describe());
        }
        take();
        if (isExpressionKey(key.text())) {
            SqlBlock sql = lexer.readSqlBlock(key);
            return pair(key, sql, sql.span());
        }
        Token next = peek();
        switch (next.type()) {
            case OPEN_BRACE:
                return block(key, Optional.empty(), depth);
            case OPEN_BRACKET:
                ListValue list = list();
                return pair(key, list, list.span());
            case QUOTED:
                take();
                return pair(key, new QuotedString(next.text(), next.span()), next.span());
            case LITERAL:
                take();
                if (peek().type() == TokenType.OPEN_BRACE) {
                    return block(key, Optional.of(next), depth);
                }
                return pair(key, new Scalar(next.text(), next.span()), next.span());
            default:
                throw error(next, "expected a value, a list or a block after '" + key.text() + ":', found "
                        + next.describe());
        }
    }

    private Block block(Token key, Optional<Token> name, int depth) {
        Token open = take();
        if (depth + 1 > MAX_DEPTH) {
            throw error(open, "blocks are nested more than " + MAX_DEPTH + " levels deep");
        }
        List<Node> children = entries(depth + 1, Optional.of(open));
        Token close = take();
        return new Block(key.text(), key.span(), name.map(Token::text), name.map(Token::span), children,
                key.span().through(close.span()));
    }

    private ListValue list() {
        Token open = take();
        List<ListItem> items = new ArrayList<>();
        if (peek().type() == TokenType.COMMA) {
            take();
        }
        while (peek().type() != TokenType.CLOSE_BRACKET) {
            ListItem item = listItem(open);
            if (!items.isEmpty() && (items.get(0) instanceof Pair) != (item instanceof Pair)) {
                throw lexer.error(item.span().start(), "a list holds either values or 'key: value' pairs, not both");
            }
            items.add(item);
            Token separator = peek();
            if (separator.type() == TokenType.COMMA) {
                take();
            } else if (separator.type() != TokenType.CLOSE_BRACKET) {
                throw error(separator, "expected ',' or ']' in the list, found " + separator.describe());
            }
        }
        Token close = take();
        return new ListValue(items, open.span().through(close.span()));
    }

    private ListItem listItem(Token open) {
        Token token = take();
        switch (token.type()) {
            case QUOTED:
                return new QuotedString(token.text(), token.span());
            case LITERAL:
                if (peek().type() != TokenType.COLON) {
                    return new Scalar(token.text(), token.span());
                }
                take();
                Token value = take();
                if (value.type() == TokenType.LITERAL) {
                    return pair(token, new Scalar(value.text(), value.span()), value.span());
                }
                if (value.type() == TokenType.QUOTED) {
                    return pair(token, new QuotedString(value.text(), value.span()), value.span());
                }
                throw error(value, "expected a value after '" + token.text() + ":' in the list, found " + value.describe());
            case END:
                throw error(open, "'[' is never closed: expected ']' before end of file");
            default:
                throw error(token, "expected a list item, found " + token.describe());
        }
    }

    private static Pair pair(Token key, Value value, SourceSpan valueSpan) {
        return new Pair(key.text(), key.span(), value, key.span().through(valueSpan));
    }

    private TrailException error(Token token, String message) {
        return lexer.error(token.span().start(), message);
    }

    private Token peek() {
        if (!hasLookahead) {
            lookahead = lexer.next();
            hasLookahead = true;
        }
        return lookahead;
    }

    private Token take() {
        Token token = peek();
        hasLookahead = false;
        return token;
    }
}
