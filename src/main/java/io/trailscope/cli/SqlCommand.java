package io.trailscope.cli;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.engine.PrestoFormats;
import io.trailscope.engine.JdbcResults;
import io.trailscope.engine.ResultTable;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Raw SQL on the local store. CLI only: the web API never accepts SQL. */
@Command(name = "sql", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run raw SQL on the local store (read-only). Presto functions such as json_extract_scalar work.")
public final class SqlCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Stop after this many rows. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Parameters(paramLabel = "SQL", description = "The statement to run")
    String sql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbStore opened = DuckDbStore.openReadOnly(store.path()); Statement statement = opened.connection().createStatement()) {
            if (!statement.execute(PrestoFormats.rewrite(sql))) {
                out.println("ok");
                return ExitCodes.OK;
            }
            ResultTable table = JdbcResults.read(statement.getResultSet(), maxRows);
            ResultPrinter.print(table, format, out);
            return ExitCodes.OK;
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_QUERY_FAILED, String.valueOf(e.getMessage()).strip(), e);
        }
    }
}
