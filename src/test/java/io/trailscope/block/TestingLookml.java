package io.trailscope.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal LookML reader for the block's own files, until the real parser lands: {@code key: value},
 * {@code key: name { ... }}, anonymous blocks, lists, quoted strings, {@code sql*: ... ;;} and # comments.
 */
final class TestingLookml {
    record Node(String key, String name, String value, List<Node> children) {
        Optional<Node> child(String childKey) {
            return children.stream().filter(node -> node.key.equals(childKey)).findFirst();
        }

        Optional<String> text(String childKey) {
            return child(childKey).map(Node::value);
        }

        List<Node> all(String childKey) {
            return children.stream().filter(node -> node.key.equals(childKey)).toList();
        }

        /** The items of a {@code [a, b*, -c]} list value. */
        List<String> list(String childKey) {
            return text(childKey).map(TestingLookml::items).orElse(List.of());
        }
    }

    private final String text;
    private int position;

    private TestingLookml(String text) {
        this.text = text;
    }

    static List<Node> parse(String text) {
        TestingLookml reader = new TestingLookml(text);
        List<Node> nodes = reader.entries();
        reader.skipBlanks();
        if (reader.position < text.length()) {
            throw new IllegalStateException("unexpected text at " + reader.position + ": " + reader.rest());
        }
        return nodes;
    }

    static List<String> items(String listValue) {
        String inner = listValue.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw new IllegalStateException("not a list: " + listValue);
        }
        List<String> result = new ArrayList<>();
        for (String item : inner.substring(1, inner.length() - 1).split(",")) {
            String value = item.strip();
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                result.add(value);
            }
        }
        return result;
    }

    private List<Node> entries() {
        List<Node> nodes = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (position >= text.length() || text.charAt(position) == '}') {
                return nodes;
            }
            String key = identifier();
            expect(':');
            if (key.startsWith("sql") || key.equals("html")) {
                int end = text.indexOf(";;", position);
                if (end < 0) {
                    throw new IllegalStateException("unterminated " + key + " at " + position);
                }
                String value = text.substring(position, end).strip();
                position = end + 2;
                nodes.add(new Node(key, "", value, List.of()));
                continue;
            }
            skipBlanks();
            char next = text.charAt(position);
            if (next == '{') {
                nodes.add(new Node(key, "", "", block()));
            } else if (next == '[') {
                int end = text.indexOf(']', position);
                String value = text.substring(position, end + 1);
                position = end + 1;
                nodes.add(new Node(key, "", value, List.of()));
            } else if (next == '"') {
                nodes.add(new Node(key, "", quoted(), List.of()));
            } else {
                String token = token();
                skipSpaces();
                if (position < text.length() && text.charAt(position) == '{') {
                    nodes.add(new Node(key, token, "", block()));
                } else {
                    nodes.add(new Node(key, "", token, List.of()));
                }
            }
        }
    }

    private List<Node> block() {
        expect('{');
        List<Node> children = entries();
        expect('}');
        return children;
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        position++;
        while (text.charAt(position) != '"') {
            char c = text.charAt(position++);
            if (c == '\\') {
                c = text.charAt(position++);
            }
            value.append(c);
        }
        position++;
        return value.toString();
    }

    private String identifier() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position) {
            throw new IllegalStateException("expected a key at " + position + ": " + rest());
        }
        return text.substring(start, position);
    }

    private String token() {
        int start = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position)) && text.charAt(position) != '{'
                && text.charAt(position) != '}') {
            position++;
        }
        return text.substring(start, position);
    }

    private void expect(char c) {
        skipBlanks();
        if (position >= text.length() || text.charAt(position) != c) {
            throw new IllegalStateException("expected '" + c + "' at " + position + ": " + rest());
        }
        position++;
    }

    private void skipSpaces() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }

    private void skipBlanks() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '#') {
                while (position < text.length() && text.charAt(position) != '\n') {
                    position++;
                }
            } else if (Character.isWhitespace(c)) {
                position++;
            } else {
                return;
            }
        }
    }

    private String rest() {
        return text.substring(position, Math.min(text.length(), position + 60));
    }
}
