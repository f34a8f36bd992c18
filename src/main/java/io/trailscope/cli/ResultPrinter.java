package io.trailscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.trailscope.engine.ResultTable;
import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/** Prints a {@link ResultTable} as an aligned text table, RFC 4180 CSV, or a JSON array of objects. */
public final class ResultPrinter {
    private static final int MAX_CELL = 60;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ResultPrinter() {
    }

    public static void print(ResultTable table, OutputFormat format, PrintWriter out) {
        switch (format) {
            case table -> printTable(table, out);
            case csv -> printCsv(table, out);
            case json -> out.println(toJson(table).toPrettyString());
        }
        out.flush();
    }

    public static ArrayNode toJson(ResultTable table) {
        ArrayNode rows = JSON.createArrayNode();
        for (List<Object> row : table.rows()) {
            ObjectNode object = rows.addObject();
            for (int i = 0; i < table.columns().size(); i++) {
                Object value = row.get(i);
                object.set(table.columns().get(i).name(), JSON.valueToTree(value instanceof TemporalAccessor ? value.toString() : value));
            }
        }
        return rows;
    }

    private static void printCsv(ResultTable table, PrintWriter out) {
        List<String> header = new ArrayList<>();
        table.columns().forEach(column -> header.add(csvCell(column.name())));
        out.print(String.join(",", header) + "\r\n");
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(value -> cells.add(csvCell(text(value))));
            out.print(String.join(",", cells) + "\r\n");
        }
    }

    private static String csvCell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void printTable(ResultTable table, PrintWriter out) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[columns];
        for (int i = 0; i < columns; i++) {
            header[i] = table.columns().get(i).name();
            widths[i] = header[i].length();
        }
        for (List<Object> row : table.rows()) {
            String[] line = new String[columns];
            for (int i = 0; i < columns; i++) {
                String value = text(row.get(i)).replace('\n', ' ');
                line[i] = value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 1) + "…" : value;
                widths[i] = Math.max(widths[i], line[i].length());
            }
            cells.add(line);
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        cells.forEach(line -> out.println(line(line, widths)));
        out.println("(" + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows")
                + (table.truncated() ? ", truncated" : "") + ")");
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : " | ").append(values[i]).append(" ".repeat(widths[i] - values[i].length()));
        }
        return text.toString().stripTrailing();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
