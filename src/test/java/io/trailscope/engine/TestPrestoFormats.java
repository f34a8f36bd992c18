package io.trailscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL written for Athena, with Presto's (MySQL-style) date_format/date_parse specifiers, gives Athena's answers on
 * DuckDB once {@link PrestoFormats#rewrite} has translated the literal formats. The expected values are what
 * Presto's date_format prints for 2024-03-05 19:08:09.123456 (a Tuesday, day 65 of a leap year, ISO week 10).
 */
final class TestPrestoFormats {
    private static final String TIME = "TIMESTAMP '2024-03-05 19:08:09.123456'";
    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            for (PrestoFunctions.Macro macro : PrestoFunctions.MACROS) {
                statement.execute("CREATE OR REPLACE TEMP MACRO " + macro.name() + macro.definition());
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static String athena(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(PrestoFormats.rewrite(sql))) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(sql + " -> " + PrestoFormats.rewrite(sql) + ": " + e.getMessage(), e);
        }
    }

    @Test
    void everySpecifierOfPrestosDateFormat() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("%a", "Tue");
        expected.put("%b", "Mar");
        expected.put("%c", "3");
        expected.put("%d", "05");
        expected.put("%e", "5");
        expected.put("%f", "123000");
        expected.put("%H", "19");
        expected.put("%h", "07");
        expected.put("%I", "07");
        expected.put("%i", "08");
        expected.put("%j", "065");
        expected.put("%k", "19");
        expected.put("%l", "7");
        expected.put("%M", "March");
        expected.put("%m", "03");
        expected.put("%p", "PM");
        expected.put("%r", "07:08:09 PM");
        expected.put("%S", "09");
        expected.put("%s", "09");
        expected.put("%T", "19:08:09");
        expected.put("%v", "10");
        expected.put("%W", "Tuesday");
        expected.put("%x", "2024");
        expected.put("%Y", "2024");
        expected.put("%y", "24");
        expected.put("%%", "%");
        expected.put("%q", "q");
        expected.put("100%", "100%");
        expected.put("It''s %H:%i", "It's 19:08");
        expected.forEach((format, answer) -> assertThat(athena("SELECT date_format(" + TIME + ", '" + format + "')"))
                .as(format).isEqualTo(answer));
        assertThat(athena("SELECT date_format(" + TIME + ", '%Y-%m-%d %H:%i')")).isEqualTo("2024-03-05 19:08");
        assertThat(athena("SELECT DATE_FORMAT(" + TIME + ", '%Y-%m-%dT%H:%i:%s')")).isEqualTo("2024-03-05T19:08:09");
    }

    @Test
    void specifiersPrestoRejectsAreRejected() {
        for (String specifier : new String[] {"D", "U", "u", "V", "w", "X"}) {
            assertThatThrownBy(() -> PrestoFormats.rewrite("SELECT date_format(ts, '%Y %" + specifier + "') FROM t"))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SQL_UNSUPPORTED))
                    .hasMessageContaining("%" + specifier + " is not supported by Presto/Athena's date_format and"
                            + " date_parse (at character 4)");
        }
    }

    @Test
    void dateParseReadsWhatAthenaReads() {
        assertThat(athena("SELECT CAST(date_parse('2017-06-01 22:46:28', '%Y-%m-%d %H:%i:%s') AS VARCHAR)"))
                .isEqualTo("2017-06-01 22:46:28");
        assertThat(athena("SELECT CAST(date_parse('5/3/2024 7:08 PM', '%e/%c/%Y %l:%i %p') AS VARCHAR)"))
                .isEqualTo("2024-03-05 19:08:00");
        assertThat(athena("SELECT CAST(date_parse('05-Mar-2024 19:08:09.123', '%d-%b-%Y %T.%f') AS VARCHAR)"))
                .isEqualTo("2024-03-05 19:08:09.123");
        assertThat(athena("SELECT date_format(date_parse('2017-06-01 22:46', '%Y-%m-%d %H:%i'), '%i:%s')"))
                .isEqualTo("46:00");
    }

    /** A format that is not a literal is left alone: it reaches the macro, which passes it to DuckDB unchanged. */
    @Test
    void aNonLiteralFormatIsLeftAlone() {
        String sql = "SELECT date_format(" + TIME + ", f) FROM (VALUES ('%Y-%m')) AS t (f)";
        assertThat(PrestoFormats.rewrite(sql)).isEqualTo(sql);
        String concatenated = "SELECT date_format(" + TIME + ", '%Y' || '-%m')";
        assertThat(PrestoFormats.rewrite(concatenated)).isEqualTo(concatenated);
    }

    @Test
    void stringsCommentsAndQuotedNamesAreNeverTouched() {
        String sql = "SELECT 'date_format(x, ''%i'')' AS \"date_format(y, '%i')\" -- date_format(z, '%i')\n"
                + "/* date_parse(w, '%s') */ FROM t";
        assertThat(PrestoFormats.rewrite(sql)).isEqualTo(sql);
        assertThat(PrestoFormats.rewrite("SELECT my.date_format(x, '%i'), xdate_format(x, '%i'), date_format (x, '%i')"))
                .isEqualTo("SELECT my.date_format(x, '%i'), xdate_format(x, '%i'), strftime (x, '%M')");
        assertThat(PrestoFormats.rewrite("SELECT date_format(date_parse(s, '%d/%m/%Y %i'), '%i') FROM t"))
                .isEqualTo("SELECT strftime(strptime(s, '%d/%m/%Y %M'), '%M') FROM t");
    }

    @Test
    void hostileTextStaysTextAndHugeInputIsLinearEnough() {
        assertThat(PrestoFormats.rewrite("SELECT date_format(x, '%i'")).isEqualTo("SELECT date_format(x, '%i'");
        assertThat(PrestoFormats.rewrite("date_format(")).isEqualTo("date_format(");
        assertThat(PrestoFormats.rewrite("SELECT date_format(x, '%i'); DROP TABLE t; --')"))
                .isEqualTo("SELECT strftime(x, '%M'); DROP TABLE t; --')");
        assertThat(PrestoFormats.rewrite("SELECT date_format(x, '%i'' || (SELECT 1) || ''')"))
                .isEqualTo("SELECT strftime(x, '%M'' || (SELECT 1) || ''')");
        String nested = "ts";
        for (int i = 0; i < 300; i++) {
            nested = "date_parse(date_format(" + nested + ", '%i'), '%i')";
        }
        String rewritten = PrestoFormats.rewrite(nested);
        assertThat(rewritten).doesNotContain("date_").doesNotContain("%i").hasSize(nested.length() - 300 * 5);
    }
}
