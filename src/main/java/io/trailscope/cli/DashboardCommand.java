package io.trailscope.cli;

import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.model.SemanticProject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs every tile of a dashboard and prints each one: rows, text, or the tile's error. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a LookML dashboard: every query tile's rows, text tiles as text. Exit 3 if a tile failed.")
public final class DashboardCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ProjectOption project;

    @Mixin
    ConfigOption config;

    @Mixin
    ClockOption clock;

    @Parameters(paramLabel = "NAME", description = "The dashboard (see `trailscope dashboards`)")
    String name;

    @Option(names = "--filter", paramLabel = "NAME=EXPR",
            description = "A dashboard filter's value, e.g. 'Date=7 days' (default: its default_value)")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SemanticProject semantic = Projects.load(project.path());
        DashboardDefinition dashboard = DashboardRunner.find(semantic, name);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            if (equals <= 0) {
                throw new TrailException(ErrorCode.CLI_USAGE, "--filter '" + filter
                        + "' must be NAME=EXPRESSION, e.g. 'Date=7 days'");
            }
            overrides.put(filter.substring(0, equals).strip(), filter.substring(equals + 1));
        }
        try (Connections connections = new Connections(config.load(project.path()), store.path())) {
            DashboardResult result = new DashboardRunner(new QueryRunner(semantic, connections, clock.clock()))
                    .run(dashboard, overrides, Math.max(2, Runtime.getRuntime().availableProcessors()));
            PrintWriter out = spec.commandLine().getOut();
            DashboardPrinter.print(result, format, out);
            return result.failedTiles() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }
}
