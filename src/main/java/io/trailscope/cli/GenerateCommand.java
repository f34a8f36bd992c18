package io.trailscope.cli;

import io.trailscope.cloudtrail.generator.GenerationSummary;
import io.trailscope.cloudtrail.generator.GeneratorConfig;
import io.trailscope.cloudtrail.generator.LogGenerator;
import io.trailscope.cloudtrail.generator.SummaryReport;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: realistic CloudTrail logs in the S3 key layout, deterministic for identical arguments. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write realistic CloudTrail logs into a folder, laid out as a trail writes them to S3:",
            "AWSLogs/[o-org/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/*.json.gz, plus CloudTrail-Digest/ and",
            "CloudTrail-Insight/ files. Identical arguments (including --start) give byte-identical files."
        })
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    private Path out;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Number of distinct API events.")
    private long events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--accounts", paramLabel = "K", defaultValue = "3",
            description = "Number of AWS accounts (default: ${DEFAULT-VALUE}).")
    private int accounts;

    @Option(names = "--days", paramLabel = "D", defaultValue = "30",
            description = "Days of activity (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--start", paramLabel = "DATE",
            description = "First day, yyyy-MM-dd, UTC (default: today minus --days, so the data ends today; "
                    + "pass it explicitly for reproducible output).")
    private String start;

    @Option(names = "--org", paramLabel = "o-xxxxxxxxxx",
            description = "Organization id: writes an organization trail's layout (AWSLogs/o-.../ACCOUNT/...).")
    private String organization;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
            description = "Worker threads; the output does not depend on it (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Override
    public Integer call() {
        GeneratorConfig config = config();
        GenerationSummary summary = LogGenerator.generate(config, out);
        spec.commandLine().getOut().print(SummaryReport.render(summary));
        spec.commandLine().getOut().println("Output:   " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private GeneratorConfig config() {
        LocalDate first = start == null ? GeneratorConfig.startEndingToday(days, Clock.systemUTC()) : parseStart();
        try {
            return new GeneratorConfig(events, seed, accounts, days, first, Optional.ofNullable(organization), threads);
        } catch (TrailException exception) {
            if (exception.errorCode() == ErrorCode.GENERATOR_ARGUMENT) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--" + exception.detail());
            }
            throw exception;
        }
    }

    private LocalDate parseStart() {
        try {
            return LocalDate.parse(start);
        } catch (DateTimeParseException exception) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--start must be a date like 2024-05-01 (yyyy-MM-dd), got '" + printable(start) + "'");
        }
    }

    private static String printable(String text) {
        String shortened = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shortened.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
