package io.trailscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.TileResult;
import io.trailscope.lookml.dashboard.ElementText;
import io.trailscope.query.result.QueryResult;
import java.io.PrintWriter;

/** Prints a run dashboard: tile by tile as text (tables or CSV), or as one JSON document. */
final class DashboardPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardPrinter() {}

    static void print(DashboardResult result, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.json) {
            out.println(json(result).toPrettyString());
            out.flush();
            return;
        }
        out.println("# " + result.definition().title().orElse(result.definition().name()) + " ("
                + result.definition().name() + ")");
        result.filterValues().forEach((name, value) -> out.println("filter " + name + " = " + value));
        for (TileResult tile : result.tiles()) {
            out.println();
            out.println("## " + tile.title() + " [" + tile.element().type().orElse("") + "]");
            if (tile.isText()) {
                text(tile.element().text(), out);
            } else if (tile.error().isPresent()) {
                out.println("error: " + tile.error().get());
            } else {
                QueryResult rows = tile.result().orElseThrow();
                ResultPrinter.print(QueryResults.table(rows), format, out);
                rows.notes().forEach(note -> out.println("note: " + note));
            }
        }
        out.flush();
    }

    private static void text(ElementText text, PrintWriter out) {
        text.titleText().ifPresent(out::println);
        text.subtitleText().filter(subtitle -> !subtitle.isBlank()).ifPresent(out::println);
        text.bodyText().ifPresent(out::println);
    }

    private static ObjectNode json(DashboardResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dashboard", result.definition().name());
        root.put("title", result.definition().title().orElse(null));
        ObjectNode filters = root.putObject("filters");
        result.filterValues().forEach(filters::put);
        ArrayNode tiles = root.putArray("tiles");
        for (TileResult tile : result.tiles()) {
            ObjectNode node = tiles.addObject();
            node.put("name", tile.element().name());
            node.put("title", tile.title());
            node.put("type", tile.element().type().orElse(null));
            if (tile.isText()) {
                node.put("kind", "text");
                ElementText text = tile.element().text();
                node.put("title_text", text.titleText().orElse(null));
                node.put("subtitle_text", text.subtitleText().orElse(null));
                node.put("body_text", text.bodyText().orElse(null));
                continue;
            }
            node.put("kind", "query");
            if (tile.error().isPresent()) {
                node.put("error", tile.error().get());
                continue;
            }
            QueryResult rows = tile.result().orElseThrow();
            node.set("rows", ResultPrinter.toJson(QueryResults.table(rows)));
            node.put("truncated", rows.truncated());
            ArrayNode notes = node.putArray("notes");
            rows.notes().forEach(notes::add);
            node.put("sql", rows.sql());
        }
        return root;
    }
}
