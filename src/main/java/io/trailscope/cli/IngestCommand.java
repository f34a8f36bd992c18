package io.trailscope.cli;

import io.trailscope.accounts.AccountNamesFile;
import io.trailscope.app.Ingestion;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.error.TrailException;
import io.trailscope.geo.GeoDatabase;
import io.trailscope.geo.GeoEnrichment;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.ManifestReport;
import io.trailscope.ingest.RejectedFile;
import io.trailscope.ingest.TimeWindow;
import io.trailscope.ingest.s3.S3Location;
import io.trailscope.ingest.s3.S3Settings;
import io.trailscope.ingest.s3.S3Sources;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads CloudTrail logs into the local store, exactly once per event. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read CloudTrail logs into the local store, exactly once per event.",
            "SOURCE is a folder (read recursively), a file, or s3://bucket/prefix.",
            "Exit codes: 0 ok, 1 failure, 2 usage error, 3 finished but some files were rejected."})
public final class IngestCommand implements Callable<Integer> {
    /** S3 reads wait on the network far more than on the CPU, so s3:// sources get more decoder threads by default. */
    static final int S3_DEFAULT_THREADS = 16;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Folders, files or s3:// prefixes")
    List<String> sources = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this UTC day (YYYY-MM-DD)")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only events on or before this UTC day (YYYY-MM-DD)")
    LocalDate until;

    @Option(names = "--threads", paramLabel = "N",
            description = "Decoder threads, one file each. Default: the number of cores, or " + S3_DEFAULT_THREADS + " with s3:// sources")
    Integer threads;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "S3-compatible endpoint, e.g. http://127.0.0.1:9000. Default: $AWS_ENDPOINT_URL_S3, $AWS_ENDPOINT_URL, or AWS")
    String s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION",
            description = "Region of the S3 client. Default: $AWS_REGION, the profile's region, else us-east-1 (buckets elsewhere are followed)")
    String s3Region;

    @Option(names = "--s3-path-style", description = "Path-style S3 requests (bucket in the path). Implied when the endpoint is an IP address or localhost")
    boolean s3PathStyle;

    @Option(names = "--status", description = "Print what the manifest holds instead of ingesting")
    boolean status;

    @Option(names = "--accounts", paramLabel = "FILE",
            description = "Account names (CSV: account_id,account_name; or YAML: id: name) for the account_name field")
    Path accounts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (status) {
            try (DuckDbStore opened = DuckDbStore.openReadOnly(store.path())) {
                out.print(ManifestReport.of(opened.connection()).render());
                out.flush();
                return ExitCodes.OK;
            }
        }
        if (sources.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing SOURCE: give a folder, a file or s3://bucket/prefix");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--until " + until + " is before --since " + since);
        }
        boolean anyS3 = sources.stream().anyMatch(S3Location::isS3);
        int decoderThreads = threads != null ? threads
                : anyS3 ? Math.max(S3_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()) : Runtime.getRuntime().availableProcessors();
        if (decoderThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        IngestOptions options = new IngestOptions(new TimeWindow(Optional.ofNullable(since), Optional.ofNullable(until)),
                decoderThreads, System.console() == null ? Optional.empty() : Optional.of(System.err));
        Optional<Map<String, String>> accountNames = Optional.ofNullable(accounts).map(AccountNamesFile::read);
        Ingestion.Report report;
        try (S3Sources s3 = new S3Sources(anyS3 ? s3Settings(decoderThreads) : S3Settings.defaults())) {
            List<LogSource> logSources = new ArrayList<>();
            for (String source : sources) {
                logSources.add(S3Location.isS3(source) ? s3.source(s3Location(source)) : new LocalLogSource(Path.of(source)));
            }
            try (DuckDbStore opened = DuckDbStore.open(store.path())) {
                report = Ingestion.run(opened, logSources, options, accountNames);
            }
        }
        print(report.summary(), out);
        print(report.geo(), accountNames, out);
        return report.summary().rejected().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private S3Settings s3Settings(int decoderThreads) {
        try {
            // A connection per decoder thread, per listing thread, and some slack.
            return S3Settings.resolve(Optional.ofNullable(s3Endpoint), Optional.ofNullable(s3Region), s3PathStyle,
                    decoderThreads + 16, System.getenv());
        } catch (TrailException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private S3Location s3Location(String source) {
        try {
            return S3Location.parse(source);
        } catch (TrailException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap the run needed. */
    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    static void print(GeoEnrichment geo, Optional<Map<String, String>> accountNames, PrintWriter out) {
        accountNames.ifPresent(names -> out.printf("account names          %,12d%n", names.size()));
        out.printf("source IPs looked up   %,12d  (%,d located)%n", geo.lookedUp(), geo.located());
        if (geo.available()) {
            out.printf("geo-IP data: %s. %s%n", geo.source(), GeoDatabase.ATTRIBUTION);
        } else {
            out.println("geo-IP data is not in this build (npm was missing when it was built): geo fields read 'Geo-IP unavailable'");
        }
        out.flush();
    }

    static void print(IngestSummary summary, PrintWriter out) {
        out.printf("files listed           %,12d%n", summary.filesListed());
        out.printf("files read             %,12d%n", summary.filesRead());
        out.printf("files unchanged        %,12d  (already in the manifest)%n", summary.filesUnchanged());
        if (summary.filesOutsideWindow() > 0) {
            out.printf("files outside window   %,12d%n", summary.filesOutsideWindow());
        }
        out.printf("events added           %,12d%n", summary.eventsAdded());
        out.printf("duplicates skipped     %,12d%n", summary.duplicates());
        out.printf("digests skipped        %,12d%n", summary.digests());
        out.printf("files rejected         %,12d%n", summary.rejected().size());
        if (summary.eventsWithoutTime() > 0) {
            out.printf("events without a valid eventTime %,d (kept, with a NULL timestamp)%n", summary.eventsWithoutTime());
        }
        if (summary.eventsOutsideWindow() > 0) {
            out.printf("events outside --since/--until %,d (not stored)%n", summary.eventsOutsideWindow());
        }
        out.printf("took %.1f s, %,.0f events/s%n", summary.elapsed().toMillis() / 1000.0, summary.eventsPerSecond());
        out.printf("peak heap %d MB%n", peakHeapMegabytes());
        for (RejectedFile rejected : summary.rejected()) {
            out.printf("rejected: %s%s%n", rejected.reason(),
                    rejected.eventsKept() > 0 ? " (" + rejected.eventsKept() + " events before it kept)" : "");
        }
        out.flush();
    }
}
