package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.JdbcResults;
import io.trailscope.engine.PrestoFunctions;
import io.trailscope.engine.ResultTable;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.Model;
import io.trailscope.model.ModelResolver;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultShaper;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.AthenaDialect;
import io.trailscope.sql.dialect.Dialect;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import io.trailscope.sql.dialect.TrinoDialect;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Plans requests against {@link PlannerFixture}, checks golden SQL per dialect (Trino and Athena text must parse
 * with the Trino 435 grammar) and runs the DuckDB SQL, with its bound parameters, on a real in-memory DuckDB.
 */
final class TestingPlanner {
    static final Clock CLOCK = Clock.fixed(Instant.parse(PlannerFixture.NOW), ZoneOffset.UTC);
    private static final SqlParser TRINO = new SqlParser();
    private static Connection duckDb;
    private static Model model;

    private TestingPlanner() {}

    static synchronized Model model() {
        if (model == null) {
            SemanticProject project = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("fixture",
                    Map.of("warehouse.model.lkml", PlannerFixture.MODEL, "audit.view.lkml", PlannerFixture.VIEWS))));
            assertThat(project.diagnostics()).isEmpty();
            model = project.models().get(0);
        }
        return model;
    }

    static QueryPlan plan(QueryRequest request, Dialect dialect) {
        return new QueryPlanner(dialect.capabilities(), CLOCK).plan(model(), request);
    }

    /** Checks the SQL of each dialect; the DuckDB SQL also runs. */
    static Golden assertSql(QueryRequest request) {
        return new Golden(request);
    }

    /** Runs the request on DuckDB and shapes the rows, as the query runner does. */
    static QueryResult run(QueryRequest request) {
        QueryPlan plan = plan(request, DuckDbDialect.INSTANCE);
        ResultTable table = execute(new SqlRenderer(DuckDbDialect.INSTANCE).render(plan.select()));
        return ResultShaper.shape(plan.layout(), table.rows(), false, "", plan.notes());
    }

    static synchronized ResultTable execute(RenderedSql sql) {
        try {
            if (duckDb == null) {
                duckDb = DriverManager.getConnection("jdbc:duckdb:");
                try (Statement statement = duckDb.createStatement()) {
                    statement.execute("SET TimeZone = 'UTC'");
                    for (PrestoFunctions.Macro macro : PrestoFunctions.MACROS) {
                        try (ResultSet builtIn = statement.executeQuery("SELECT count(*) FROM duckdb_functions()"
                                + " WHERE internal AND function_name = '" + macro.name() + "'")) {
                            builtIn.next();
                            if (builtIn.getLong(1) > 0) {
                                continue;
                            }
                        }
                        statement.execute("CREATE OR REPLACE MACRO " + macro.name() + macro.definition());
                    }
                    for (String ddl : PlannerFixture.DATA) {
                        statement.execute(ddl);
                    }
                }
            }
            try (PreparedStatement statement = duckDb.prepareStatement(sql.text())) {
                for (int i = 0; i < sql.parameters().size(); i++) {
                    statement.setObject(i + 1, sql.parameters().get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return JdbcResults.read(rows, 10_000);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("DuckDB rejected:\n" + sql.text() + "\n" + e.getMessage(), e);
        }
    }

    /** Golden checks for one request. */
    static final class Golden {
        private final QueryRequest request;

        private Golden(QueryRequest request) {
            this.request = request;
        }

        Golden duckdb(String text, List<Object> parameters) {
            RenderedSql sql = new SqlRenderer(DuckDbDialect.INSTANCE).render(plan(request, DuckDbDialect.INSTANCE)
                    .select());
            assertThat(sql.text() + "\n").isEqualTo(text);
            assertThat(sql.parameters()).isEqualTo(parameters);
            execute(sql);
            return this;
        }

        Golden trino(String text, List<Object> parameters) {
            RenderedSql sql = new SqlRenderer(TrinoDialect.INSTANCE).render(plan(request, TrinoDialect.INSTANCE)
                    .select());
            assertThat(sql.text() + "\n").isEqualTo(text);
            assertThat(sql.parameters()).isEqualTo(parameters);
            parse(sql.text());
            return this;
        }

        Golden athena(String text) {
            RenderedSql sql = new SqlRenderer(AthenaDialect.INSTANCE).render(plan(request, AthenaDialect.INSTANCE)
                    .select());
            assertThat(sql.text() + "\n").isEqualTo(text);
            assertThat(sql.parameters()).isEmpty();
            parse(sql.text());
            return this;
        }
    }

    static void parse(String sql) {
        try {
            TRINO.createStatement(sql);
        } catch (ParsingException e) {
            throw new AssertionError("Trino grammar rejected (line " + e.getLineNumber() + ":" + e.getColumnNumber()
                    + " " + e.getErrorMessage() + "):\n" + sql, e);
        }
    }
}
