package io.trailscope.cli;

import io.trailscope.app.Ingestion;
import io.trailscope.dashboard.Projects;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.TimeWindow;
import io.trailscope.web.WebSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The web UI: dashboards and explores over the store, after an optional ingest. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the web UI (dashboards, explore, raw events) and its JSON API.",
            "With --logs, ingest those logs into the store first."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ProjectOption project;

    @Mixin
    ConfigOption config;

    @Mixin
    ClockOption clock;

    @Mixin
    ListenOption listen;

    @Option(names = "--logs", paramLabel = "PATH", description = "Log folders or files to ingest before serving")
    List<Path> logs = new ArrayList<>();

    @Option(names = "--prewarm", description = {"After starting, run every dashboard once in the background (one tile at"
            + " a time) so their first visitors get kept results"})
    boolean prewarm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        int port = listen.port(spec.commandLine());
        if (!logs.isEmpty()) {
            ingest(store.path(), logs, out);
        }
        WebSettings settings = new WebSettings(Projects.load(project.path()),
                project.path().map(Path::toString).orElse("built-in"), config.load(project.path()), store.path(),
                listen.bind(), port, clock.clock());
        return Serving.serveUntilStopped(settings, prewarm, out);
    }

    static void ingest(Path db, List<Path> logs, PrintWriter out) {
        out.printf("ingesting %s into %s ...%n", String.join(", ", logs.stream().map(Path::toString).toList()), db);
        out.flush();
        List<LogSource> sources = new ArrayList<>();
        logs.forEach(path -> sources.add(new LocalLogSource(path)));
        int threads = Runtime.getRuntime().availableProcessors();
        try (DuckDbStore opened = DuckDbStore.open(db)) {
            Ingestion.Report report = Ingestion.run(opened, sources, new IngestOptions(TimeWindow.ALL, threads,
                    System.console() == null ? Optional.empty() : Optional.of(System.err)), Optional.empty());
            IngestCommand.print(report.summary(), out);
            IngestCommand.print(report.geo(), Optional.empty(), out);
        }
    }
}
