package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.SqlBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a {@code sql*} block into text and {@code ${...}} references, reporting malformed ones where they are. A
 * {@code ${...}} inside a SQL comment ({@code -- ...} or a block comment) stays text: a commented-out line must not
 * make a join or an error, and the comment must stay one piece of text for the renderer.
 */
final class SqlTemplates {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlTemplates() {}

    static SqlTemplate parse(SqlBlock block, List<Diagnostic> diagnostics) {
        String text = block.text();
        List<SqlTemplate.Segment> segments = new ArrayList<>();
        int copied = 0;
        boolean[] commented = SqlComments.mask(text);
        int at = nextReference(text, 0, commented);
        while (at >= 0) {
            int close = text.indexOf('}', at + 2);
            if (close < 0) {
                diagnostics.add(Diagnostic.error(block.locationAt(at), "'${' is never closed with '}'"));
                break;
            }
            String written = text.substring(at + 2, close);
            Optional<SqlReference> reference = reference(written, block, at, diagnostics);
            if (reference.isPresent()) {
                if (at > copied) {
                    segments.add(new SqlTemplate.Text(text.substring(copied, at)));
                }
                segments.add(new SqlTemplate.Ref(reference.get()));
                copied = close + 1;
            }
            at = nextReference(text, close + 1, commented);
        }
        if (copied < text.length()) {
            segments.add(new SqlTemplate.Text(text.substring(copied)));
        }
        return new SqlTemplate(text, segments, block.span().start());
    }

    private static int nextReference(String text, int from, boolean[] commented) {
        int at = text.indexOf("${", from);
        while (at >= 0 && commented[at]) {
            at = text.indexOf("${", at + 2);
        }
        return at;
    }

    private static Optional<SqlReference> reference(String written, SqlBlock block, int at,
            List<Diagnostic> diagnostics) {
        String trimmed = written.strip();
        String[] parts = trimmed.split("\\.", -1);
        boolean valid = parts.length >= 1 && parts.length <= 3;
        for (String part : parts) {
            valid &= NAME.matcher(part).matches();
        }
        if (!valid) {
            diagnostics.add(Diagnostic.error(block.locationAt(at), "'${" + written + "}' is not a reference: "
                    + "expected ${TABLE}, ${field}, ${view.field} or ${view.SQL_TABLE_NAME}"));
            return Optional.empty();
        }
        if (parts.length == 3) {
            diagnostics.add(Diagnostic.error(block.locationAt(at), "'${" + written
                    + "}' uses a Liquid-style accessor (._sql, ._value, ...), which is not supported"));
            return Optional.empty();
        }
        Optional<String> view = parts.length == 2 ? Optional.of(parts[0]) : Optional.empty();
        String name = parts[parts.length - 1];
        return Optional.of(new SqlReference(view, name, written, block.locationAt(at)));
    }
}
