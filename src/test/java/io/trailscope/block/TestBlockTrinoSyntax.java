package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.trailscope.block.TestingBlock.Field;
import io.trailscope.block.TestingBlock.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every SQL expression of the block, and the Trino setup script, parse as Trino SQL (trino-parser 435). */
final class TestBlockTrinoSyntax {
    private static final TestingBlock BLOCK = TestingBlock.load();

    @Test
    void everyFieldParses() {
        List<String> parsed = new ArrayList<>();
        for (Field field : BLOCK.fields()) {
            String explore = BLOCK.explores.containsKey(field.view()) ? field.view() : "cloudtrail_logs";
            String sql = field.kind() == TestingBlock.Kind.DIMENSION && !field.type().equals("location")
                    ? "SELECT " + BLOCK.dimensionSql(field) + BLOCK.from(explore, BLOCK.dimensionSql(field))
                    : BLOCK.query(explore, List.of(field.id()), Map.of(), List.of(), 10);
            assertThatCode(() -> TestingTrinoSyntax.parse(sql)).as(field.id()).doesNotThrowAnyException();
            parsed.add(field.id());
        }
        assertThat(parsed).hasSize(BLOCK.fields().size());
    }

    @Test
    void derivedTablesAndJoinsParse() {
        for (View view : BLOCK.views.values()) {
            view.derivedSql().ifPresent(sql -> assertThatCode(() -> TestingTrinoSyntax.parse("SELECT * FROM " + BLOCK.source(view) + " AS t"))
                    .as(view.name()).doesNotThrowAnyException());
        }
        BLOCK.explores.values().forEach(explore -> explore.joins().forEach(join ->
                assertThatCode(() -> TestingTrinoSyntax.parse("SELECT 1 FROM a WHERE " + BLOCK.expand(explore.name(), join.sqlOn())))
                        .as(explore.name() + " join " + join.view()).doesNotThrowAnyException()));
    }

    @Test
    void trinoSetupParses() {
        String script = BuiltInBlock.read(BuiltInBlock.TRINO_SETUP).replaceAll("(?m)^--.*$", "");
        List<String> statements = new ArrayList<>();
        for (String statement : script.split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        assertThat(statements).hasSize(3);
        statements.forEach(statement -> assertThatCode(() -> TestingTrinoSyntax.parse(statement)).as(statement).doesNotThrowAnyException());
    }

    @Test
    void theParserRejectsDuckDbOnlySyntax() {
        assertThatCode(() -> TestingTrinoSyntax.parse("SELECT x::VARCHAR FROM t")).isInstanceOf(RuntimeException.class);
    }
}
