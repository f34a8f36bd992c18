package io.trailscope.lookml.dashboard;

import static io.trailscope.error.ErrorCode.DASHBOARD_SYNTAX;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.SourceSnippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link YamlNode}s with locations, from Jackson's streaming parser (which keeps token positions,
 * unlike a data-binding read). Duplicate keys: the last one wins, with a warning. Aliases are not resolved.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final String text;
    private final List<Diagnostic> diagnostics;

    YamlReader(String file, String text, List<Diagnostic> diagnostics) {
        this.file = file;
        this.text = text;
        this.diagnostics = diagnostics;
    }

    /** The first document, or empty for an empty file. */
    Optional<YamlNode> read() {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw syntaxError(e, null);
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = node(parser, first);
            if (parser.nextToken() != null) {
                diagnostics.add(Diagnostic.warning(location(parser), "only the first YAML document is read"));
            }
            return Optional.of(root);
        } catch (TrailException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            JsonLocation reported = e instanceof JsonProcessingException processing ? processing.getLocation() : null;
            throw syntaxError(e, reported != null ? reported : parser.currentTokenLocation());
        }
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        SourceLocation at = location(parser);
        if (token == null) {
            throw SourceSnippet.error(DASHBOARD_SYNTAX, text, at, "invalid YAML: unexpected end of input");
        }
        switch (token) {
            case START_OBJECT:
                return map(parser, at);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(node(parser, next));
                }
                return new YamlList(items, at);
            case VALUE_STRING:
            case VALUE_EMBEDDED_OBJECT:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.STRING, at);
            case VALUE_NUMBER_INT:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.FLOAT, at);
            case VALUE_TRUE:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.TRUE, at);
            case VALUE_FALSE:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.FALSE, at);
            case VALUE_NULL:
                return new YamlScalar(parser.getText(), YamlScalar.Kind.NULL, at);
            default:
                throw SourceSnippet.error(DASHBOARD_SYNTAX, text, at, "invalid YAML: unexpected " + token);
        }
    }

    private YamlMap map(JsonParser parser, SourceLocation at) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, SourceLocation> keyLocations = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            String key = parser.currentName();
            SourceLocation keyAt = location(parser);
            YamlNode value = node(parser, parser.nextToken());
            if (entries.containsKey(key)) {
                diagnostics.add(Diagnostic.warning(keyAt, "duplicate key '" + key + "' (first at line "
                        + keyLocations.get(key).line() + "); the last one wins"));
            }
            entries.put(key, value);
            keyLocations.put(key, keyAt);
        }
        return new YamlMap(entries, keyLocations, at);
    }

    private SourceLocation location(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private TrailException syntaxError(Exception e, JsonLocation fallback) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked(marked);
            }
        }
        SourceLocation at = fallback == null || fallback.getLineNr() < 1
                ? SourceLocation.of(file)
                : new SourceLocation(file, fallback.getLineNr(), Math.max(fallback.getColumnNr(), 1));
        String message = "invalid YAML: " + firstLine(e.getMessage());
        return SourceSnippet.error(DASHBOARD_SYNTAX, text, at, message);
    }

    /**
     * At the problem, or, when the problem is the end of the file (an unclosed quote or bracket), where the unclosed
     * construct starts.
     */
    private TrailException marked(MarkedYAMLException marked) {
        Mark problem = marked.getProblemMark();
        Mark context = marked.getContextMark();
        String message = "invalid YAML: " + marked.getProblem();
        if (marked.getContext() == null || context == null) {
            return SourceSnippet.error(DASHBOARD_SYNTAX, text, at(problem), message);
        }
        if (problem.getIndex() >= text.length()) {
            return SourceSnippet.error(DASHBOARD_SYNTAX, text, at(context),
                    "invalid YAML: " + marked.getContext() + " starting here: " + marked.getProblem());
        }
        return SourceSnippet.error(DASHBOARD_SYNTAX, text, at(problem), message + " (" + marked.getContext()
                + " at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + ")");
    }

    private SourceLocation at(Mark mark) {
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
