package io.trailscope.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.EventRecord;
import io.trailscope.cloudtrail.SyntheticEventId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/** Runs on a decoder thread: reads one file and feeds its events, in chunks, to the file's queue. */
final class FileDecodeTask implements Runnable {
    static final int CHUNK = 1024;
    private static final ThreadLocal<LogFileDecoder> DECODERS = new ThreadLocal<>();

    private final LogSource source;
    private final FileTask task;
    private final TimeWindow window;
    private final ObjectMapper mapper;
    private List<PreparedEvent> chunk = new ArrayList<>(CHUNK);
    private long outsideWindow;

    FileDecodeTask(LogSource source, FileTask task, TimeWindow window, ObjectMapper mapper) {
        this.source = source;
        this.task = task;
        this.window = window;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        DecodeOutcome outcome;
        try (InputStream input = source.open(task.object())) {
            outcome = decoder().decode(input, this::accept);
            flush();
        } catch (IOException e) {
            outcome = new DecodeOutcome(0, false, Optional.of(DecodeProblem.unreadable(0, 0, "unreadable: " + e.getMessage())));
        } catch (CancellationException | InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            outcome = new DecodeOutcome(0, false, Optional.of(new DecodeProblem(0, 0, "internal error: " + e)));
        }
        try {
            task.finish(new FileTask.Done(outcome, outsideWindow));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LogFileDecoder decoder() {
        LogFileDecoder decoder = DECODERS.get();
        if (decoder == null) {
            decoder = new LogFileDecoder(mapper);
            DECODERS.set(decoder);
        }
        return decoder;
    }

    private void accept(EventRecord record) {
        if (!window.contains(record.eventTimeMicros())) {
            outsideWindow++;
            return;
        }
        if (record.values()[CloudTrailSchema.EVENT_ID] == null) {
            record.values()[CloudTrailSchema.EVENT_ID] = SyntheticEventId.of(record);
        }
        String extras = record.extraFields().map(node -> {
            try {
                return mapper.writeValueAsString(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
        chunk.add(new PreparedEvent(record, extras));
        if (chunk.size() >= CHUNK) {
            try {
                flush();
            } catch (InterruptedException e) {
                throw new CancellationException("ingest stopped");
            }
        }
    }

    private void flush() throws InterruptedException {
        if (!chunk.isEmpty()) {
            task.put(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }
}
