package io.trailscope.cli;

import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.Projects;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.QueryResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A semantic query on an explore, printed as a table, CSV or JSON, or its SQL. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a semantic query: fields of an explore, Looker filter expressions, sorts, pivots.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ProjectOption project;

    @Mixin
    ConfigOption config;

    @Mixin
    ClockOption clock;

    @Option(names = "--model", description = "The model (needed when the project has several)")
    String model;

    @Option(names = "--explore", required = true, description = "The explore, e.g. cloudtrail_logs")
    String explore;

    @Option(names = "--fields", required = true, split = ",", description = "view.field ids, comma-separated")
    List<String> fields;

    @Option(names = "--filter", paramLabel = "FIELD=EXPR",
            description = "A Looker filter expression on a field, e.g. 'cloudtrail_logs.event_time_date=7 days'")
    List<String> filters = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "'FIELD [desc]'", description = "Sort, repeatable; default: Looker's")
    List<String> sorts = new ArrayList<>();

    @Option(names = "--limit", description = "Rows (default 500, at most 5000)")
    Integer limit;

    @Option(names = "--pivot", split = ",", description = "Dimensions to pivot into columns")
    List<String> pivots = new ArrayList<>();

    @Option(names = "--fill-fields", split = ",", description = "Date or timeframe dimensions to fill densely")
    List<String> fillFields = new ArrayList<>();

    @Option(names = "--timezone", paramLabel = "ZONE", description = "Query time zone (IANA), default UTC")
    String timeZone;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--sql", description = "Print the SQL instead of running it")
    boolean showSql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SemanticProject semantic = Projects.load(project.path());
        QueryRequest request = request();
        try (Connections connections = new Connections(config.load(project.path()), store.path())) {
            QueryRunner runner = new QueryRunner(semantic, connections, clock.clock());
            if (showSql) {
                out.println(runner.sql(request));
                out.flush();
                return ExitCodes.OK;
            }
            QueryResult result = runner.run(request);
            ResultPrinter.print(QueryResults.table(result), format, out);
            PrintWriter err = spec.commandLine().getErr();
            result.notes().forEach(note -> err.println("note: " + note));
            err.flush();
            return ExitCodes.OK;
        }
    }

    private QueryRequest request() {
        List<QueryFilter> parsed = new ArrayList<>();
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            if (equals <= 0) {
                throw new TrailException(ErrorCode.CLI_USAGE, "--filter '" + filter
                        + "' must be FIELD=EXPRESSION, e.g. 'cloudtrail_logs.event_name=ConsoleLogin'");
            }
            parsed.add(new QueryFilter(filter.substring(0, equals).strip(), filter.substring(equals + 1)));
        }
        List<SortSpec> sortSpecs = new ArrayList<>();
        for (String sort : sorts) {
            Arrays.stream(sort.split(",")).filter(part -> !part.isBlank()).map(SortSpec::parse)
                    .forEach(sortSpecs::add);
        }
        return new QueryRequest(Optional.ofNullable(model), explore, fields, parsed, sortSpecs,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit), pivots, fillFields, OptionalInt.empty(),
                Optional.ofNullable(timeZone), List.of());
    }
}
