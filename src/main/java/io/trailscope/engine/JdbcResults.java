package io.trailscope.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a JDBC result set into a {@link ResultTable} of plain Java values. */
public final class JdbcResults {
    private JdbcResults() {
    }

    public static ResultTable read(ResultSet rows, int maxRows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<ResultTable.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new ResultTable.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        List<List<Object>> values = new ArrayList<>();
        boolean truncated = false;
        while (rows.next()) {
            if (values.size() >= maxRows) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(plain(rows.getObject(i)));
            }
            values.add(row);
        }
        return new ResultTable(columns, values, truncated);
    }

    static Object plain(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDateTime || value instanceof java.time.LocalDate || value instanceof java.time.LocalTime) {
            return value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Struct struct) {
            return structToMap(struct);
        }
        if (value instanceof Array array) {
            Object[] elements = (Object[]) array.getArray();
            List<Object> list = new ArrayList<>(elements.length);
            for (Object element : elements) {
                list.add(plain(element));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof java.util.UUID || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        return value.toString();
    }

    private static Map<String, Object> structToMap(Struct struct) throws SQLException {
        Map<String, Object> map = new LinkedHashMap<>();
        if (struct instanceof org.duckdb.DuckDBStruct duck) {
            for (Map.Entry<String, Object> entry : duck.getMap().entrySet()) {
                map.put(entry.getKey(), plain(entry.getValue()));
            }
            return map;
        }
        Object[] attributes = struct.getAttributes();
        for (int i = 0; i < attributes.length; i++) {
            map.put("f" + (i + 1), plain(attributes[i]));
        }
        return map;
    }
}
