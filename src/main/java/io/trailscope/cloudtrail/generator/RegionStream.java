package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates everything of one (account, region) stream, window by window: the log file of each busy 5-minute
 * window (plus a rare re-delivery), the Insights files of its bursts, and an hourly digest. Only one window of
 * events is in memory at a time; all randomness comes from the stream's own seed.
 */
final class RegionStream {
    private static final double REDELIVERY_SHARE = 0.001;
    private static final double OUT_OF_ORDER_SHARE = 0.04;
    private static final int WINDOWS_PER_HOUR = 12;

    private final StreamPlan plan;
    private final KeyLayout layout;
    private final Path root;

    RegionStream(StreamPlan plan, KeyLayout layout, Path root) {
        this.plan = plan;
        this.layout = layout;
        this.root = root;
    }

    Tally run() throws IOException {
        AccountModel account = plan.account();
        int region = plan.region();
        SeededRandom random = new SeededRandom(SeededRandom.hash(plan.seed(), 0x57AE, account.index(), region));
        ResourcePool pool = new ResourcePool(account, Regions.NAMES.get(region), region, random.fork(1));
        StreamContext context = StreamContext.create(account, region, pool, layout.trailName(), plan.logBucket());
        DraftFactory factory = new DraftFactory(context, random.fork(2));
        SeededRandom delivery = random.fork(3);
        EventWriter writer = new EventWriter(context);
        Tally tally = new Tally();
        List<EventDraft> drafts = new ArrayList<>();
        List<EventDraft> redelivered = new ArrayList<>();
        WindowCounter counter = plan.counter();
        StreamWeights weights = plan.weights();
        try (OutputFiles files = new OutputFiles(root)) {
            DigestWriter digests = new DigestWriter(context, layout, files, random.fork(4));
            InsightWriter insights = new InsightWriter(context, layout, files, random.fork(5).nextLong());
            long digestOffset = 1 + delivery.nextInt(Rhythm.WINDOW_SECONDS - 1);
            for (int window = 0; window < plan.windows(); window++) {
                weights.compute(window);
                int count = counter.next(weights.weight(), window == plan.windows() - 1);
                long windowStart = plan.start() + window * (long) Rhythm.WINDOW_SECONDS;
                long fileTime = windowStart + Rhythm.WINDOW_SECONDS;
                if (count > 0) {
                    drafts.clear();
                    redelivered.clear();
                    factory.fill(drafts, count, windowStart, weights);
                    order(drafts, delivery);
                    for (EventDraft draft : drafts) {
                        tally.event(draft);
                        if (delivery.chance(REDELIVERY_SHARE)) {
                            redelivered.add(draft);
                            tally.duplicate();
                        }
                    }
                    logFile(files, writer, digests, tally, context, fileTime, delivery, drafts);
                    if (!redelivered.isEmpty()) {
                        logFile(files, writer, digests, tally, context, fileTime, delivery, redelivered);
                    }
                }
                insights(insights, tally, window, delivery);
                if ((window + 1) % WINDOWS_PER_HOUR == 0) {
                    long end = fileTime + digestOffset;
                    tally.digestFile(digests.write(end - 3600, end));
                }
            }
        }
        return tally;
    }

    /** Sorted by time, then a few neighbours swapped: real files are nearly, not perfectly, in order. */
    private static void order(List<EventDraft> drafts, SeededRandom random) {
        drafts.sort((left, right) -> Long.compare(left.time(), right.time()));
        for (int index = 1; index < drafts.size(); index++) {
            if (random.chance(OUT_OF_ORDER_SHARE)) {
                EventDraft swap = drafts.get(index);
                drafts.set(index, drafts.get(index - 1));
                drafts.set(index - 1, swap);
            }
        }
    }

    private void logFile(OutputFiles files, EventWriter writer, DigestWriter digests, Tally tally,
                         StreamContext context, long fileTime, SeededRandom random, List<EventDraft> drafts)
            throws IOException {
        String key = layout.logKey(context.accountId(), context.region(), fileTime, Ids.alphanumeric(random, 16));
        Path path = files.prepare(key);
        GzipSink sink = files.sink();
        sink.open(path);
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        try (JsonGenerator json = OutputFiles.JSON.createGenerator(sink)) {
            json.writeStartObject();
            json.writeFieldName("Records");
            json.writeStartArray();
            for (EventDraft draft : drafts) {
                writer.write(json, draft);
                oldest = Math.min(oldest, draft.time());
                newest = Math.max(newest, draft.time());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        GzipSink.Written written = sink.finish();
        tally.logFile(written.compressedBytes());
        digests.logFile(key, written, oldest, newest);
    }

    private void insights(InsightWriter insights, Tally tally, int window, SeededRandom random) throws IOException {
        List<Incident> incidents = plan.incidents();
        for (int number = 0; number < incidents.size(); number++) {
            Incident incident = incidents.get(number);
            if (!incident.insight()) {
                continue;
            }
            boolean start = window == incident.startWindow() + 2;
            boolean end = window == incident.endWindow() + 3;
            if (!start && !end) {
                continue;
            }
            long windowEnd = plan.start() + (window + 1L) * Rhythm.WINDOW_SECONDS;
            long eventTime = start ? plan.start() + incident.startWindow() * (long) Rhythm.WINDOW_SECONDS
                    : plan.start() + (incident.endWindow() + 1L) * Rhythm.WINDOW_SECONDS;
            tally.insightFile(insights.write(incident, number, start, eventTime, windowEnd,
                    Ids.alphanumeric(random, 16)));
        }
    }
}
