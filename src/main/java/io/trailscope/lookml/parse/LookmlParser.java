package io.trailscope.lookml.parse;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.tree.LookmlFile;

/**
 * Parses {@code .lkml} text (models, views, explores, manifests) into a {@link LookmlFile} tree with spans.
 * Bad syntax raises {@code TrailException(LOOKML_SYNTAX)} whose message starts {@code file:line:col: }, then quotes
 * the line with a caret. Any input terminates; nesting deeper than {@value Parser#MAX_DEPTH} blocks is an error.
 */
public final class LookmlParser {
    private LookmlParser() {}

    /** @param file the name used in spans and messages, usually the path relative to the project root */
    public static LookmlFile parse(String file, String text) {
        requireNonNull(file, "file is null");
        requireNonNull(text, "text is null");
        return new Parser(file, text).parseFile();
    }

    /** True for keys whose value is raw text up to {@code ;;}: any key starting with sql, html or expr. */
    public static boolean isExpressionKey(String key) {
        return Parser.isExpressionKey(key);
    }
}
