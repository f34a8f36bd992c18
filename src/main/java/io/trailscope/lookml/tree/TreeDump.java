package io.trailscope.lookml.tree;

import io.trailscope.lookml.SourceSpan;

/**
 * Renders a tree as indented text with spans, one entry a line, for debugging and golden tests:
 * {@code dimension 'x' @3:3-6:4 {}, {@code type @4:5 = scalar(string) @4:11-4:17}.
 */
public final class TreeDump {
    private TreeDump() {}

    public static String dump(Container container) {
        StringBuilder out = new StringBuilder();
        for (Node node : container.children()) {
            node(out, node, 0);
        }
        return out.toString();
    }

    private static void node(StringBuilder out, Node node, int depth) {
        out.append("  ".repeat(depth)).append(node.key());
        if (node instanceof Block block) {
            block.name().ifPresent(name -> out.append(" '").append(name).append("'"));
            out.append(' ').append(at(block.span())).append(" {\n");
            for (Node child : block.children()) {
                node(out, child, depth + 1);
            }
            out.append("  ".repeat(depth)).append("}\n");
            return;
        }
        Pair pair = (Pair) node;
        out.append(" @").append(pair.keySpan().line()).append(':').append(pair.keySpan().column()).append(" = ");
        value(out, pair.value());
        out.append('\n');
    }

    private static void value(StringBuilder out, Value value) {
        if (value instanceof ListValue list) {
            out.append('[');
            String separator = "";
            for (ListItem item : list.items()) {
                out.append(separator);
                separator = ", ";
                if (item instanceof Pair pair) {
                    out.append(pair.key()).append(": ");
                    value(out, pair.value());
                } else {
                    value(out, (Value) item);
                }
            }
            out.append("] ").append(at(list.span()));
            return;
        }
        String kind = value instanceof Scalar ? "scalar" : value instanceof QuotedString ? "quoted" : "sql";
        String text = value.asText().orElse("").replace("\n", "\\n");
        out.append(kind).append('(').append(text).append(") ").append(at(value.span()));
    }

    private static String at(SourceSpan span) {
        return "@" + span.line() + ":" + span.column() + "-" + span.endLine() + ":" + span.endColumn();
    }
}
