package io.trailscope.cli;

import io.trailscope.app.Ingestion;
import io.trailscope.cloudtrail.generator.GenerationSummary;
import io.trailscope.cloudtrail.generator.GeneratorConfig;
import io.trailscope.cloudtrail.generator.LogGenerator;
import io.trailscope.dashboard.Projects;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.engine.EngineConfig;
import io.trailscope.engine.JdbcResults;
import io.trailscope.engine.ResultTable;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import io.trailscope.web.WebSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates realistic sample logs, ingests them, and shows what the store now holds. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Generate realistic sample CloudTrail logs, ingest them, summarise the store, and serve the web UI.",
            "Runs again in seconds: the logs are kept and the manifest skips what was read."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "trailscope-demo",
            description = "Where the sample logs and the demo store go. Default: ${DEFAULT-VALUE}")
    Path dir;

    @Option(names = "--events", paramLabel = "N", defaultValue = "300000", description = "Events to generate. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--days", paramLabel = "D", defaultValue = "30", description = "Days of activity, ending today. Default: ${DEFAULT-VALUE}")
    int days;

    @Mixin
    ListenOption listen;

    @Option(names = "--no-serve", description = "Stop after the summary instead of serving the web UI")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int port = listen.port(spec.commandLine());
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
        Path logs = dir.resolve("logs-" + events + "-" + start);
        Path db = dir.resolve("trailscope.db");
        if (!Files.isDirectory(logs)) {
            out.printf("generating %,d events over %d days into %s ...%n", events, days, logs);
            out.flush();
            GeneratorConfig config = new GeneratorConfig(events, GeneratorConfig.DEFAULT_SEED, GeneratorConfig.DEFAULT_ACCOUNTS,
                    days, start, Optional.empty(), Runtime.getRuntime().availableProcessors());
            GenerationSummary generated = LogGenerator.generate(config, logs);
            out.printf("  %,d log files, %,d events%n", generated.files(), generated.events());
        }
        out.printf("ingesting into %s ...%n", db);
        out.flush();
        try (DuckDbStore store = DuckDbStore.open(db)) {
            Ingestion.Report report = Ingestion.run(store, List.of(new LocalLogSource(logs)), new IngestOptions(TimeWindow.ALL,
                    Runtime.getRuntime().availableProcessors(), System.console() == null ? Optional.empty() : Optional.of(System.err)),
                    Optional.empty());
            IngestSummary summary = report.summary();
            out.printf("  %,d events added, %,d duplicates skipped, %,d digests skipped, %.1f s%n", summary.eventsAdded(),
                    summary.duplicates(), summary.digests(), summary.elapsed().toMillis() / 1000.0);
            summarise(store, out);
        }
        out.printf("%nTry: java -jar target/trailscope.jar sql --db %s \"SELECT eventname, count(*) FROM cloudtrail_logs "
                + "GROUP BY ALL ORDER BY 2 DESC LIMIT 10\"%n", db);
        out.flush();
        if (noServe) {
            return ExitCodes.OK;
        }
        out.println();
        return Serving.serveUntilStopped(new WebSettings(Projects.load(Optional.empty()), "built-in",
                EngineConfig.empty(), db, listen.bind(), port, Clock.systemUTC()), out);
    }

    private static void summarise(DuckDbStore store, PrintWriter out) {
        out.println();
        print(store, out, "The store", """
                SELECT count(*) AS events, count(DISTINCT recipientaccountid) AS accounts, count(DISTINCT awsregion) AS regions,
                       min(event_timestamp) AS first_event, max(event_timestamp) AS last_event,
                       count(*) FILTER (WHERE errorcode IS NOT NULL AND errorcode <> '200' OR errormessage IS NOT NULL) AS errors,
                       count(*) FILTER (WHERE eventname = 'ConsoleLogin') AS console_logins,
                       count(*) FILTER (WHERE useridentity.type = 'Root') AS root_events
                FROM cloudtrail_logs""");
        print(store, out, "Top event names", """
                SELECT eventname, count(*) AS events FROM cloudtrail_logs GROUP BY ALL ORDER BY 2 DESC, 1 LIMIT 8""");
        print(store, out, "Top error codes", """
                SELECT errorcode, count(*) AS events FROM cloudtrail_logs WHERE errorcode IS NOT NULL GROUP BY ALL ORDER BY 2 DESC, 1 LIMIT 5""");
    }

    private static void print(DuckDbStore store, PrintWriter out, String title, String sql) {
        try (Statement statement = store.connection().createStatement()) {
            ResultTable table = JdbcResults.read(statement.executeQuery(sql), 100);
            out.println(title + ":");
            ResultPrinter.print(table, OutputFormat.table, out);
            out.println();
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_QUERY_FAILED, e.getMessage(), e);
        }
    }
}
