import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ingest alone (no geo-IP or account enrichment), timed in wall-clock and in process CPU time,
 * which the load of a shared machine distorts far less. Run with the trailscope jar on the class
 * path: {@code java -Xmx512m -cp target/trailscope.jar bench/IngestRun.java LOGS_DIR DB THREADS}.
 */
public final class IngestRun {
    public static void main(String[] args) throws Exception {
        Path logs = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long started = System.nanoTime();
        IngestSummary summary;
        try (DuckDbStore store = DuckDbStore.open(db)) {
            summary = new IngestJob(store, new IngestOptions(TimeWindow.ALL, threads, Optional.empty()))
                    .run(List.of(new LocalLogSource(logs)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long events = summary.eventsAdded() + summary.duplicates();
        long peakHeap = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("events %d%nadded %d%nfiles %d%nwall_seconds %.2f%ncpu_seconds %.2f%n"
                + "events_per_second %.0f%nevents_per_cpu_second %.0f%nstore_bytes %d%nbytes_per_event %.1f%n"
                + "peak_heap_mb %d%nload %s%n",
                events, summary.eventsAdded(), summary.filesRead(), seconds, cpu, events / seconds, events / cpu,
                Files.size(db), (double) Files.size(db) / summary.eventsAdded(), peakHeap >> 20,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
