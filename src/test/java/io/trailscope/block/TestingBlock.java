package io.trailscope.block;

import io.trailscope.block.TestingLookml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in block's views and explores read with {@link TestingLookml}, and a deliberately small
 * SQL expansion of them ({@code ${TABLE}}, {@code ${field}}, {@code ${view.field}},
 * {@code ${view.SQL_TABLE_NAME}}, measure types, simple filters), written to test the block's SQL
 * before the real compiler exists. It is not the compiler and supports only what the block uses.
 */
final class TestingBlock {
    enum Kind { DIMENSION, MEASURE }

    record Field(String view, String name, Kind kind, String type, String sql, Map<String, String> filters,
            Optional<String> timeframe, List<String> drillFields, Node node) {
        String id() {
            return view + "." + name;
        }
    }

    record View(String name, Optional<String> table, Optional<String> derivedSql, Map<String, Field> fields,
            Map<String, List<String>> sets, List<String> drillFields) {
    }

    record Join(String view, String relationship, String sqlOn) {
    }

    record Explore(String name, List<Join> joins) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?:\\.([A-Za-z0-9_]+))?}");

    final Map<String, View> views = new LinkedHashMap<>();
    final Map<String, Explore> explores = new LinkedHashMap<>();

    static TestingBlock load() {
        TestingBlock block = new TestingBlock();
        for (String file : BuiltInBlock.FILES) {
            if (file.endsWith(".view.lkml")) {
                for (Node node : TestingLookml.parse(BuiltInBlock.read(file))) {
                    block.addView(node);
                }
            }
        }
        for (Node node : TestingLookml.parse(BuiltInBlock.read("cloudtrail.model.lkml"))) {
            if (node.key().equals("explore")) {
                List<Join> joins = new ArrayList<>();
                for (Node join : node.all("join")) {
                    joins.add(new Join(join.name(), join.text("relationship").orElse("many_to_one"), join.text("sql_on").orElseThrow()));
                }
                block.explores.put(node.name(), new Explore(node.name(), joins));
            }
        }
        return block;
    }

    private void addView(Node node) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Node child : node.children()) {
            switch (child.key()) {
                case "dimension" -> fields.put(child.name(), field(node.name(), child, Kind.DIMENSION, Optional.empty(), child.name()));
                case "measure" -> fields.put(child.name(), field(node.name(), child, Kind.MEASURE, Optional.empty(), child.name()));
                case "dimension_group" -> {
                    for (String timeframe : child.list("timeframes")) {
                        String name = child.name() + "_" + timeframe;
                        fields.put(name, field(node.name(), child, Kind.DIMENSION, Optional.of(timeframe), name));
                    }
                }
                case "set" -> sets.put(child.name(), child.list("fields"));
                default -> {
                }
            }
        }
        views.put(node.name(), new View(node.name(), node.text("sql_table_name"),
                node.child("derived_table").flatMap(table -> table.text("sql")), fields, sets, node.list("drill_fields")));
    }

    private static Field field(String view, Node node, Kind kind, Optional<String> timeframe, String name) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String item : node.list("filters")) {
            int colon = item.indexOf(':');
            filters.put(item.substring(0, colon).strip(), item.substring(colon + 1).strip().replace("\"", ""));
        }
        String type = node.text("type").orElse(kind == Kind.MEASURE ? "count" : "string");
        return new Field(view, name, kind, type, node.text("sql").orElse(""), filters, timeframe, node.list("drill_fields"), node);
    }

    Field field(String id) {
        int dot = id.indexOf('.');
        View view = views.get(id.substring(0, dot));
        if (view == null || !view.fields().containsKey(id.substring(dot + 1))) {
            throw new IllegalArgumentException("no field " + id);
        }
        return view.fields().get(id.substring(dot + 1));
    }

    boolean hasField(String id) {
        int dot = id.indexOf('.');
        View view = dot < 0 ? null : views.get(id.substring(0, dot));
        return view != null && view.fields().containsKey(id.substring(dot + 1));
    }

    List<Field> fields() {
        return views.values().stream().flatMap(view -> view.fields().values().stream()).toList();
    }

    /** The expanded SQL of a dimension as written (a yesno gives its condition). */
    String dimensionSql(Field field) {
        if (field.type().equals("location")) {
            return expand(field.view(), field.node().text("sql_latitude").orElseThrow()) + ", "
                    + expand(field.view(), field.node().text("sql_longitude").orElseThrow());
        }
        return expand(field.view(), field.sql());
    }

    /** What the field puts in a SELECT list. */
    String selectSql(Field field) {
        if (field.kind() == Kind.MEASURE) {
            return measureSql(field);
        }
        String sql = dimensionSql(field);
        if (field.type().equals("yesno")) {
            return "CASE WHEN (" + sql + ") THEN 'Yes' ELSE 'No' END";
        }
        if (field.type().equals("location")) {
            return "CAST(" + sql.replace(", ", " AS VARCHAR) || ',' || CAST(") + " AS VARCHAR)";
        }
        return field.timeframe().map(timeframe -> timeframe(timeframe, sql)).orElse(sql);
    }

    private static String timeframe(String timeframe, String sql) {
        return switch (timeframe) {
            case "date" -> "CAST(" + sql + " AS DATE)";
            case "hour", "week", "month", "quarter", "year", "minute" -> "date_trunc('" + timeframe + "', " + sql + ")";
            case "hour_of_day" -> "hour(" + sql + ")";
            case "day_of_week" -> "dayname(" + sql + ")";
            default -> sql;
        };
    }

    String measureSql(Field field) {
        String condition = filterCondition(field.view(), field.filters());
        String value = field.sql().isEmpty() ? "" : expand(field.view(), field.sql());
        return switch (field.type()) {
            case "count" -> condition.isEmpty() ? "COUNT(*)" : "COUNT(CASE WHEN " + condition + " THEN 1 END)";
            case "count_distinct" -> "COUNT(DISTINCT " + (condition.isEmpty() ? value : "CASE WHEN " + condition + " THEN " + value + " END") + ")";
            case "sum" -> "COALESCE(SUM(" + value + "), 0)";
            case "number" -> value;
            default -> throw new IllegalArgumentException("measure type " + field.type() + " of " + field.id());
        };
    }

    String filterCondition(String view, Map<String, String> filters) {
        List<String> conditions = new ArrayList<>();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String id = filter.getKey().contains(".") ? filter.getKey() : view + "." + filter.getKey();
            condition(field(id), filter.getValue()).ifPresent(conditions::add);
        }
        return String.join(" AND ", conditions);
    }

    /** The block's filter expressions only: yes/no, [-]NULL, NOT NULL, >N, >=N, value lists with % wildcards. */
    Optional<String> condition(Field field, String expression) {
        if (expression.isBlank()) {
            return Optional.empty();
        }
        String sql = field.kind() == Kind.MEASURE ? measureSql(field) : "(" + dimensionSql(field) + ")";
        if (field.type().equals("yesno")) {
            return Optional.of(expression.equalsIgnoreCase("yes") ? sql : "NOT " + sql);
        }
        switch (expression) {
            case "NULL":
                return Optional.of(sql + " IS NULL");
            case "-NULL":
            case "NOT NULL":
                return Optional.of(sql + " IS NOT NULL");
            default:
                break;
        }
        if (expression.startsWith(">")) {
            return Optional.of(sql + " " + expression.replaceAll("^(>=?)", "$1 "));
        }
        List<String> terms = new ArrayList<>();
        for (String value : expression.split(",")) {
            String literal = "'" + value.strip().replace("'", "''") + "'";
            terms.add(sql + (value.contains("%") ? " LIKE " : " = ") + literal);
        }
        return Optional.of("(" + String.join(" OR ", terms) + ")");
    }

    String expand(String view, String sql) {
        Matcher matcher = REFERENCE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(2) == null && matcher.group(1).equals("TABLE")) {
                replacement = view;
            } else if (matcher.group(2) != null && matcher.group(2).equals("SQL_TABLE_NAME")) {
                replacement = views.get(matcher.group(1)).table().orElseThrow();
            } else {
                Field target = matcher.group(2) == null ? field(view + "." + matcher.group(1))
                        : field(matcher.group(1) + "." + matcher.group(2));
                replacement = "(" + (target.kind() == Kind.MEASURE ? measureSql(target) : dimensionSql(target)) + ")";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** FROM clause: the explore's base view and every join whose alias the query text uses. */
    String from(String explore, String queryText) {
        View base = views.get(explore);
        StringBuilder from = new StringBuilder(" FROM " + source(base) + " AS " + base.name());
        for (Join join : explores.get(explore).joins()) {
            if (queryText.contains(join.view() + ".")) {
                from.append(" LEFT JOIN ").append(source(views.get(join.view()))).append(" AS ").append(join.view())
                        .append(" ON ").append(expand(explore, join.sqlOn()));
            }
        }
        return from.toString();
    }

    String source(View view) {
        return view.table().orElseGet(() -> "(" + expand(view.name(), view.derivedSql().orElseThrow()) + ")");
    }

    /** A tile's query: dimensions grouped, measures aggregated, dimension filters in WHERE, measure filters in HAVING. */
    String query(String explore, List<String> fieldIds, Map<String, String> filters, List<String> sorts, int limit) {
        List<String> select = new ArrayList<>();
        List<Integer> groupBy = new ArrayList<>();
        boolean hasMeasure = false;
        for (int i = 0; i < fieldIds.size(); i++) {
            Field field = field(fieldIds.get(i));
            select.add(selectSql(field) + " AS \"" + field.id() + "\"");
            if (field.kind() == Kind.DIMENSION) {
                groupBy.add(i + 1);
            } else {
                hasMeasure = true;
            }
        }
        List<String> where = new ArrayList<>();
        List<String> having = new ArrayList<>();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            Field field = field(filter.getKey());
            condition(field, filter.getValue()).ifPresent(condition -> (field.kind() == Kind.MEASURE ? having : where).add(condition));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select));
        String body = String.join(" ", select) + String.join(" ", where) + String.join(" ", having);
        sql.append(from(explore, body));
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (!groupBy.isEmpty() && (hasMeasure || !groupBy.isEmpty())) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy.stream().map(String::valueOf).toList()));
        }
        if (!having.isEmpty()) {
            sql.append(" HAVING ").append(String.join(" AND ", having));
        }
        List<String> order = new ArrayList<>();
        for (String sort : sorts) {
            String[] parts = sort.strip().split("\\s+");
            int index = fieldIds.indexOf(parts[0]);
            if (index >= 0) {
                order.add((index + 1) + (parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? " DESC" : " ASC"));
            }
        }
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        return sql.append(" LIMIT ").append(limit).toString();
    }
}
