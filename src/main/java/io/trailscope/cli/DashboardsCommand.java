package io.trailscope.cli;

import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.engine.ResultTable;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the dashboards of a project. */
@Command(name = "dashboards", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the LookML dashboards of a project.")
public final class DashboardsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardDefinition dashboard : DashboardRunner.dashboards(Projects.load(project.path()))) {
            long queries = dashboard.elements().stream().filter(element -> element.hasQuery()).count();
            rows.add(List.of(dashboard.name(), dashboard.title().orElse(""), (long) dashboard.elements().size(),
                    queries, (long) dashboard.filters().size(), dashboard.location().file()));
        }
        ResultTable table = new ResultTable(List.of(column("dashboard"), column("title"), column("tiles"),
                column("query_tiles"), column("filters"), column("file")), rows, false);
        PrintWriter out = spec.commandLine().getOut();
        ResultPrinter.print(table, format, out);
        return ExitCodes.OK;
    }

    private static ResultTable.Column column(String name) {
        return new ResultTable.Column(name, "");
    }
}
