package io.trailscope.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One file in flight between a decoder thread and the writer: a bounded queue of event chunks
 * ending with a {@link Done}. The bound keeps memory flat whatever the file's size.
 */
final class FileTask {
    /** The last item of a file's queue. */
    record Done(DecodeOutcome outcome, long eventsOutsideWindow) {
    }

    private final LogObject object;
    private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(8);

    FileTask(LogObject object) {
        this.object = object;
    }

    LogObject object() {
        return object;
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
