package io.trailscope.ingest;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Progress on a terminal: files, events, events per second and an ETA by bytes, redrawn once a second. */
final class Progress {
    private final Optional<PrintStream> out;
    private final long totalFiles;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final Thread ticker;

    Progress(Optional<PrintStream> out, long totalFiles, long totalBytes) {
        this.out = out;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        if (out.isPresent()) {
            ticker = new Thread(this::tick, "trailscope-progress");
            ticker.setDaemon(true);
            ticker.start();
        } else {
            ticker = null;
        }
    }

    void fileDone(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    void events(long count) {
        events.addAndGet(count);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(1000);
                draw();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long done = bytes.get();
        String eta = "--:--";
        if (done > 0 && totalBytes > done) {
            long remaining = (long) (seconds * (totalBytes - done) / done);
            eta = String.format("%d:%02d", remaining / 60, remaining % 60);
        }
        out.get().printf("\r  files %,d/%,d  events %,d  %,.0f events/s  ETA %s   ", files.get(), totalFiles, events.get(),
                events.get() / Math.max(seconds, 1e-3), eta);
        out.get().flush();
    }

    void stop() {
        if (ticker != null) {
            ticker.interrupt();
            out.get().print("\r" + " ".repeat(78) + "\r");
            out.get().flush();
        }
    }
}
