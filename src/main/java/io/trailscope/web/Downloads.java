package io.trailscope.web;

import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query rows as files: RFC 4180 CSV with a header of column labels, where a cell that a spreadsheet would read as
 * a formula (text starting with {@code = + - @}, tab or carriage return) gets a leading {@code '}; or a JSON
 * array of objects.
 */
final class Downloads {
    private Downloads() {}

    static String csv(QueryResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (ResultColumn column : result.columns()) {
            header.add(neutralise(label(column)));
        }
        line(csv, header);
        for (List<Object> row : result.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                Object json = JsonValues.of(value);
                cells.add(json == null ? "" : json instanceof String text ? neutralise(text) : textOf(json));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    static List<Map<String, Object>> objects(QueryResult result) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                object.put(result.columns().get(i).name(), JsonValues.of(row.get(i)));
            }
            objects.add(object);
        }
        return objects;
    }

    /** A name safe inside a quoted Content-Disposition file name. */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Request text echoed in a message, without control characters and bounded. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }

    private static String label(ResultColumn column) {
        String base = column.label().orElse(column.field());
        return column.pivotValues().isEmpty() ? base : base + " | " + String.join(" | ",
                column.pivotValues().stream().map(value -> String.valueOf(JsonValues.of(value))).toList());
    }

    private static String textOf(Object json) {
        if (json instanceof List<?> || json instanceof Map<?, ?>) {
            return new String(Json.bytes(json), StandardCharsets.UTF_8);
        }
        return String.valueOf(json);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Text a spreadsheet would run as a formula gets a leading quote; numbers stay numbers. */
    static String neutralise(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String cell(String safe) {
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
