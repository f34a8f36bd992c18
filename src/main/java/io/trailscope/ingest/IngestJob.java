package io.trailscope.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads log sources into the store, exactly once per event: lists every source, skips files the
 * manifest already covers, decodes the rest on a pool of threads, and lets one writer dedup and
 * commit them in batches together with their manifest rows.
 */
public final class IngestJob {
    /**
     * Four DuckDB row groups: a batch this big is written to the store file directly, compressed, not to the WAL, and
     * its move uses a core per row group (one row group moved on one thread while the decoders waited). At 2M events
     * (docs/benchmarks.md): one row group and a single-threaded move 87 s and 324 bytes/event; four and every core
     * 67 s and 196 bytes/event (bigger batches compress better).
     */
    private static final long BATCH_EVENTS = 4 * 122_880;
    private static final int BATCH_FILES = 10_000;
    private static final int GROUP_FILES = 64;
    private static final long GROUP_BYTES = 256 * 1024;
    /**
     * Small commits cost: DuckDB rewrites (re-compresses) the table's last row group at each
     * checkpoint, so 1 s batches cost ~40% more CPU than 5 s ones (docs/benchmarks.md); at full speed the event
     * count ends a batch first. The property exists for the crash-safety test, which needs commits within its kill
     * window.
     */
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("trailscope.ingest.commitMillis", 30_000));

    private final DuckDbStore store;
    private final IngestOptions options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, LogSource> sourceByName = new HashMap<>();
    private long lastCommit;

    public IngestJob(DuckDbStore store, IngestOptions options) {
        this.store = store;
        this.options = options;
    }

    public IngestSummary run(List<LogSource> sources) {
        long started = System.nanoTime();
        sources.forEach(source -> sourceByName.put(source.name(), source));
        Map<String, ManifestEntry> manifest;
        try {
            manifest = Manifest.latestByPath(store.connection());
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "reading the ingest manifest failed: " + e.getMessage(), e);
        }
        Plan plan = plan(sources, manifest);
        Progress progress = new Progress(options.progress(), plan.toRead.size(), plan.bytes);
        Tally tally = new Tally();
        try (StoreWriter writer = new StoreWriter(store)) {
            for (LogObject digest : plan.digests) {
                writer.fileDone(entry(writer.reserveFileId(), digest, FileStatus.DIGEST, 0, 0, 0, 0, Optional.empty()));
                tally.digests++;
            }
            write(plan.toRead, writer, tally, progress);
            writer.commit();
        } finally {
            progress.stop();
        }
        return new IngestSummary(plan.listed, plan.toRead.size(), plan.unchanged, plan.outsideWindow, tally.added,
                tally.duplicates, tally.digests, tally.withoutTime, tally.outsideWindow, plan.bytes, tally.rejected,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Plan plan(List<LogSource> sources, Map<String, ManifestEntry> manifest) {
        Plan plan = new Plan();
        for (LogSource source : sources) {
            List<LogObject> objects;
            try {
                objects = source.list(options.window());
            } catch (IOException e) {
                throw new TrailException(ErrorCode.INGEST_SOURCE_UNREADABLE, "cannot list " + source.name() + ": " + e.getMessage(), e);
            }
            for (LogObject object : objects) {
                plan.listed++;
                KeyLayout layout = object.layout();
                if (layout.date().isPresent() && !options.window().mayContain(layout.date().get())) {
                    plan.outsideWindow++;
                    continue;
                }
                ManifestEntry known = manifest.get(object.path());
                if ((known != null && known.covers(object, options.window())) || !plan.seen.add(object.path())) {
                    plan.unchanged++;
                    continue;
                }
                if (layout.kind() == KeyLayout.Kind.DIGEST) {
                    plan.digests.add(object);
                    continue;
                }
                plan.toRead.add(object);
                plan.bytes += object.size();
            }
        }
        return plan;
    }

    private void write(List<LogObject> toRead, StoreWriter writer, Tally tally, Progress progress) {
        ExecutorService decoders = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "trailscope-decoder");
            thread.setDaemon(true);
            return thread;
        });
        int window = options.threads() + 2;
        Deque<FileTask> inFlight = new ArrayDeque<>();
        // enough tasks to keep every thread busy (S3 runs 16, each waiting on its own GETs)
        int groupFiles = (int) Math.max(1, Math.min(GROUP_FILES, toRead.size() / (options.threads() * 8L)));
        int next = 0;
        lastCommit = System.nanoTime();
        try {
            while (next < toRead.size() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && next < toRead.size()) {
                    List<LogObject> group = group(toRead, next, groupFiles);
                    next += group.size();
                    FileTask task = new FileTask(group);
                    decoders.execute(new FileDecodeTask(sourceOf(group.get(0)), task, options.window(), mapper));
                    inFlight.add(task);
                }
                consume(inFlight.poll(), writer, tally, progress);
                commitIfDue(writer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "ingest interrupted", e);
        } finally {
            decoders.shutdownNow();
        }
    }

    /**
     * Commits a full batch, possibly mid-file: that file's rows wait for its manifest row, which
     * makes them count (see {@link StoreWriter}). Committing mid-file keeps a huge file's staged rows bounded.
     */
    private void commitIfDue(StoreWriter writer) {
        if (writer.pendingEvents() >= BATCH_EVENTS || writer.pendingFiles() >= BATCH_FILES
                || System.nanoTime() - lastCommit > BATCH_NANOS) {
            writer.commit();
            lastCommit = System.nanoTime();
        }
    }

    /** The files from {@code start} that one decoder task reads in a row: small files of one source, or one big file. */
    private static List<LogObject> group(List<LogObject> toRead, int start, int groupFiles) {
        LogObject first = toRead.get(start);
        int end = start + 1;
        long bytes = first.size();
        while (end < toRead.size() && end - start < groupFiles && bytes < GROUP_BYTES
                && toRead.get(end).source().equals(first.source())) {
            bytes += toRead.get(end).size();
            end++;
        }
        return toRead.subList(start, end);
    }

    private LogSource sourceOf(LogObject object) {
        return sourceByName.get(object.source());
    }

    private void consume(FileTask task, StoreWriter writer, Tally tally, Progress progress) throws InterruptedException {
        for (LogObject object : task.objects()) {
            consumeFile(task, object, writer, tally, progress);
        }
    }

    private void consumeFile(FileTask task, LogObject object, StoreWriter writer, Tally tally, Progress progress)
            throws InterruptedException {
        long fileId = writer.reserveFileId();
        long added = 0;
        long duplicates = 0;
        long withoutTime = 0;
        while (true) {
            Object item = task.take();
            if (item instanceof FileTask.Done done) {
                DecodeOutcome outcome = done.outcome();
                FileStatus status = statusOf(outcome);
                Optional<String> reason = outcome.problem().map(problem -> problem.describe(object.path()));
                writer.fileDone(entry(fileId, object, status, added, duplicates, withoutTime,
                        done.eventsOutsideWindow(), reason));
                tally.added += added;
                tally.duplicates += duplicates;
                tally.withoutTime += withoutTime;
                tally.outsideWindow += done.eventsOutsideWindow();
                if (status == FileStatus.DIGEST) {
                    tally.digests++;
                }
                reason.ifPresent(text -> tally.rejected.add(new RejectedFile(object.path(), text, outcome.events())));
                progress.fileDone(object.size());
                return;
            }
            @SuppressWarnings("unchecked")
            List<PreparedEvent> chunk = (List<PreparedEvent>) item;
            for (PreparedEvent event : chunk) {
                if (writer.append(event, fileId)) {
                    added++;
                    if (event.eventTimeMicros().isEmpty()) {
                        withoutTime++;
                    }
                } else {
                    duplicates++;
                }
            }
            progress.events(chunk.size());
            commitIfDue(writer);
        }
    }

    private static FileStatus statusOf(DecodeOutcome outcome) {
        if (outcome.digest()) {
            return FileStatus.DIGEST;
        }
        if (outcome.problem().isEmpty()) {
            return FileStatus.OK;
        }
        return outcome.problem().get().retryable() ? FileStatus.FAILED : FileStatus.REJECTED;
    }

    private ManifestEntry entry(long id, LogObject object, FileStatus status, long events, long duplicates,
            long withoutTime, long outsideWindow, Optional<String> error) {
        return new ManifestEntry(id, object.source(), object.path(), object.size(), object.version(), status, events,
                duplicates, withoutTime, outsideWindow, error, options.window());
    }

    private static final class Plan {
        final List<LogObject> toRead = new ArrayList<>();
        final List<LogObject> digests = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        long listed;
        long unchanged;
        long outsideWindow;
        long bytes;
    }

    private static final class Tally {
        final List<RejectedFile> rejected = new ArrayList<>();
        long added;
        long duplicates;
        long digests;
        long withoutTime;
        long outsideWindow;
    }
}
