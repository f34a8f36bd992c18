package io.trailscope.cloudtrail.generator;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes realistic CloudTrail logs in the S3 key layout under a folder. Deterministic: the files depend only on
 * the config (not on the clock, the thread count or scheduling), because every (account, region) stream draws
 * from its own seed and writes its own files.
 */
public final class LogGenerator {
    private LogGenerator() {
    }

    /** The accounts a config generates, with their stable names; cheap, writes nothing. */
    public static List<GeneratedAccount> accounts(GeneratorConfig config) {
        return Organization.accounts(config.seed(), config.accounts());
    }

    public static GenerationSummary generate(GeneratorConfig config, Path outDir) {
        long started = System.nanoTime();
        prepare(outDir);
        List<AccountModel> accounts = Organization.build(config.seed(), config.accounts());
        String trailName = config.organizationId().isPresent() ? "acme-organization-trail" : "management-events";
        KeyLayout layout = new KeyLayout(config.organizationId(), trailName);
        List<StreamPlan> plans = plan(config, accounts);
        List<Tally> tallies = run(config, plans, layout, outDir);
        Tally total = new Tally();
        List<String> regions = new ArrayList<>();
        for (int region = 0; region < Regions.count(); region++) {
            for (int account = 0; account < accounts.size(); account++) {
                Tally tally = tallies.get(account * Regions.count() + region);
                if (tally.events() > 0 && !regions.contains(Regions.NAMES.get(region))) {
                    regions.add(Regions.NAMES.get(region));
                }
            }
        }
        for (Tally tally : tallies) {
            total.add(tally);
        }
        List<GeneratedAccount> described = new ArrayList<>();
        for (AccountModel account : accounts) {
            described.add(account.describe());
        }
        Optional<Instant> first = Optional.of(total.firstEvent()).filter(time -> total.events() > 0)
                .map(Instant::ofEpochSecond);
        Optional<Instant> last = Optional.of(total.lastEvent()).filter(time -> total.events() > 0)
                .map(Instant::ofEpochSecond);
        return new GenerationSummary(total.events(), total.duplicates(), total.insightEvents(), total.logFiles(),
                total.digestFiles(), total.insightFiles(), total.bytes(), described, regions, first, last,
                Duration.ofNanos(System.nanoTime() - started), total.categories(), total.identityTypes(),
                total.outcomes());
    }

    private static List<StreamPlan> plan(GeneratorConfig config, List<AccountModel> accounts) {
        long start = config.startEpochSecond();
        String logBucket = "acme-cloudtrail-logs-" + accounts.get(0).id();
        List<StreamPlan> drafts = new ArrayList<>();
        double[] totals = new double[accounts.size() * Regions.count()];
        for (AccountModel account : accounts) {
            SeededRandom random = new SeededRandom(SeededRandom.hash(config.seed(), 0x1C1D, account.index()));
            List<Incident> incidents = IncidentSchedule.plan(random, account, config.days());
            for (int region = 0; region < Regions.count(); region++) {
                List<Incident> local = new ArrayList<>();
                for (Incident incident : incidents) {
                    if (incident.region() == region) {
                        local.add(incident);
                    }
                }
                StreamPlan plan = new StreamPlan(config.seed(), account, region, 0, 0, start, config.windows(),
                        config.days(), local, logBucket);
                totals[plan.index()] = plan.weights().total(config.windows());
                drafts.add(plan);
            }
        }
        long[] counts = Apportionment.largestRemainder(config.events(), totals);
        List<StreamPlan> plans = new ArrayList<>();
        for (StreamPlan draft : drafts) {
            plans.add(new StreamPlan(draft.seed(), draft.account(), draft.region(), counts[draft.index()],
                    totals[draft.index()], draft.start(), draft.windows(), draft.days(), draft.incidents(), logBucket));
        }
        return plans;
    }

    private static List<Tally> run(GeneratorConfig config, List<StreamPlan> plans, KeyLayout layout, Path outDir) {
        List<StreamPlan> biggestFirst = new ArrayList<>(plans);
        biggestFirst.sort(Comparator.comparingLong(StreamPlan::events).reversed().thenComparingInt(StreamPlan::index));
        ExecutorService executor = Executors.newFixedThreadPool(config.threads(), runnable -> {
            Thread thread = new Thread(runnable, "trailscope-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (StreamPlan plan : biggestFirst) {
                futures.add(executor.submit(() -> new RegionStream(plan, layout, outDir).run()));
            }
            Tally[] tallies = new Tally[plans.size()];
            for (int index = 0; index < futures.size(); index++) {
                tallies[biggestFirst.get(index).index()] = futures.get(index).get();
            }
            return List.of(tallies);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new TrailException(ErrorCode.GENERATOR_OUTPUT, "generation was interrupted", exception);
        } catch (ExecutionException exception) {
            Throwable cause = exception.getCause();
            if (cause instanceof TrailException trail) {
                throw trail;
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                throw new TrailException(ErrorCode.GENERATOR_OUTPUT,
                        "cannot write generated logs under " + outDir + ": " + cause.getMessage(), cause);
            }
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "generator failed: " + cause, cause);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void prepare(Path outDir) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new TrailException(ErrorCode.GENERATOR_OUTPUT, "output path " + outDir + " exists and is not a folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException exception) {
            throw new TrailException(ErrorCode.GENERATOR_OUTPUT,
                    "cannot create output folder " + outDir + ": " + exception.getMessage(), exception);
        }
    }
}
