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

/** Runs on a decoder thread: reads a task's files in order and feeds their events, in chunks, to the task's queue. */
final class FileDecodeTask implements Runnable {
    static final int CHUNK = 1024;
    private static final ThreadLocal<LogFileDecoder> DECODERS = new ThreadLocal<>();
    private static final ThreadLocal<RowJson> ROW_JSON = ThreadLocal.withInitial(RowJson::new);

    private final LogSource source;
    private final FileTask task;
    private final TimeWindow window;
    private final ObjectMapper mapper;
    private List<PreparedEvent> chunk = new ArrayList<>();
    private long outsideWindow;

    FileDecodeTask(LogSource source, FileTask task, TimeWindow window, ObjectMapper mapper) {
        this.source = source;
        this.task = task;
        this.window = window;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        for (LogObject object : task.objects()) {
            if (!decode(object)) {
                return;
            }
        }
    }

    /** Returns false when the ingest stopped. */
    private boolean decode(LogObject object) {
        outsideWindow = 0;
        DecodeOutcome outcome;
        try (InputStream input = source.open(object)) {
            outcome = decoder().decode(input, this::accept);
            flush();
        } catch (IOException e) {
            outcome = new DecodeOutcome(0, false, Optional.of(DecodeProblem.unreadable(0, 0, "unreadable: " + e.getMessage())));
        } catch (CancellationException | InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            outcome = new DecodeOutcome(0, false, Optional.of(new DecodeProblem(0, 0, "internal error: " + e)));
        }
        try {
            task.finish(new FileTask.Done(outcome, outsideWindow));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
        chunk.add(new PreparedEvent(record.eventId(), record.eventTimeMicros(), ROW_JSON.get().write(record.values()), extras));
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
            chunk = new ArrayList<>();
        }
    }
}
