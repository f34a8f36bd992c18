package io.trailscope.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A run of files in flight between a decoder thread and the writer, read one after the other: a
 * bounded queue of event chunks, each file's ending with a {@link Done}. The bound keeps memory flat
 * whatever the files' sizes; grouping small files saves a hand-off between threads per file.
 */
final class FileTask {
    /** The last item of a file's queue. */
    record Done(DecodeOutcome outcome, long eventsOutsideWindow) {
    }

    private final List<LogObject> objects;
    private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(8);

    FileTask(List<LogObject> objects) {
        this.objects = List.copyOf(objects);
    }

    List<LogObject> objects() {
        return objects;
    }

    void put(List<PreparedEvent> chunk) throws InterruptedException {
        items.put(chunk);
    }

    void finish(Done done) throws InterruptedException {
        items.put(done);
    }

    Object take() throws InterruptedException {
        return items.take();
    }
}
