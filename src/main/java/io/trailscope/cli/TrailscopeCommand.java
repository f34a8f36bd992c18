package io.trailscope.cli;

import io.trailscope.error.TrailException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: wires subcommands and maps errors to exit codes. */
@Command(
        name = "trailscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "See what happens in an AWS account: CloudTrail ingest, a LookML semantic layer, dashboards.",
        subcommands = {
            DemoCommand.class,
            GenerateCommand.class,
            IngestCommand.class,
            SqlCommand.class,
            QueryCommand.class,
            DashboardsCommand.class,
            DashboardCommand.class,
            ValidateCommand.class,
            ServeCommand.class,
        })
public final class TrailscopeCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: see --help");
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TrailscopeCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof TrailException trail) {
                line.getErr().println("error: " + trail.getMessage());
                return ExitCodes.FAILURE;
            }
            line.getErr().println("error: " + exception);
            exception.printStackTrace(line.getErr());
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }
}
