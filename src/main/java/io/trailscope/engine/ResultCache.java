package io.trailscope.engine;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Rows of earlier queries, reused while the engine says they are still true (Looker's result cache): opening a
 * dashboard again, or a second viewer opening it, answers from memory instead of scanning the store again. The key
 * is the engine's identity, the exact SQL text, its bound values and the row cap, so two requests share an entry only
 * when they would run the very same statement. Identical queries that arrive while one is running wait for it
 * instead of running twice. Bounded by an estimate of the heap the kept rows take (a few wide JSON cells can weigh
 * more than thousands of numbers), least recently used first out; a result bigger than a
 * quarter of the bound is not kept. A refresh runs the query whatever the cache holds and keeps the new rows.
 */
public final class ResultCache {
    /** What {@code serve} keeps at most: dashboards' results are small, an explore download of JSON text is not. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final long maxBytes;
    private final Clock clock;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Entry>> running = new HashMap<>();
    private long bytes;

    public ResultCache(long maxBytes, Clock clock) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes is negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static ResultCache disabled() {
        return new ResultCache(0, Clock.systemUTC());
    }

    /** What a query returned, and when it ran if the rows come from the cache. */
    public record Execution(ResultTable table, Optional<Instant> cachedAt) {
        public Execution {
            requireNonNull(table, "table is null");
            requireNonNull(cachedAt, "cachedAt is null");
        }
    }

    private record Key(Object engine, String sql, List<Object> parameters, int maxRows) {}

    private record Entry(ResultTable table, Instant ranAt, long bytes) {}

    /**
     * Runs {@code sql} on {@code engine} unless a result of the same statement younger than the engine's
     * {@link Engine#resultMaxAge()} is kept; {@code refresh} always runs it. {@code engineIdentity} tells engines
     * apart (the connection configuration): the same SQL on two engines is two entries.
     */
    public Execution execute(Object engineIdentity, Engine engine, RenderedSql sql, int maxRows, boolean refresh) {
        if (maxBytes == 0) {
            return new Execution(engine.execute(sql, maxRows), Optional.empty());
        }
        Key key = new Key(engineIdentity, sql.text(), sql.parameters(), maxRows);
        CompletableFuture<Entry> mine;
        CompletableFuture<Entry> theirs;
        synchronized (this) {
            if (!refresh) {
                Entry kept = entries.get(key);
                if (kept != null && fresh(kept, engine)) {
                    return new Execution(kept.table(), Optional.of(kept.ranAt()));
                }
            }
            theirs = refresh ? null : running.get(key);
            mine = theirs == null ? new CompletableFuture<>() : null;
            if (mine != null) {
                running.put(key, mine);
            }
        }
        if (theirs != null) {
            Entry entry = join(theirs);
            return new Execution(entry.table(), Optional.of(entry.ranAt()));
        }
        try {
            Instant ranAt = clock.instant();
            ResultTable table = engine.execute(sql, maxRows);
            Entry entry = new Entry(table, ranAt, estimate(table));
            keep(key, entry, mine);
            mine.complete(entry);
            return new Execution(table, Optional.empty());
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                running.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many results are kept (for tests and the status page). */
    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    private synchronized void keep(Key key, Entry entry, CompletableFuture<Entry> mine) {
        running.remove(key, mine);
        Entry replaced = entries.remove(key);
        if (replaced != null) {
            bytes -= replaced.bytes();
        }
        if (entry.bytes() > maxBytes / 4) {
            return;
        }
        entries.put(key, entry);
        bytes += entry.bytes();
        Iterator<Entry> oldest = entries.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().bytes();
            oldest.remove();
        }
    }

    /**
     * Roughly the heap a result takes: object headers and references, string characters (one byte each, as compact
     * strings hold ASCII), nested lists and maps (structs, arrays) counted through. Within a factor of two is enough.
     */
    static long estimate(ResultTable table) {
        long total = 64;
        for (List<Object> row : table.rows()) {
            total += 40;
            for (Object value : row) {
                total += estimate(value);
            }
        }
        return total;
    }

    private static long estimate(Object value) {
        if (value == null) {
            return 8;
        }
        if (value instanceof String text) {
            return 56 + text.length();
        }
        if (value instanceof List<?> list) {
            long total = 40;
            for (Object item : list) {
                total += estimate(item);
            }
            return total;
        }
        if (value instanceof Map<?, ?> map) {
            long total = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return total;
        }
        return 32;
    }

    private boolean fresh(Entry entry, Engine engine) {
        return Duration.between(entry.ranAt(), clock.instant()).compareTo(engine.resultMaxAge()) < 0;
    }

    /** The waiter gets the runner's exception itself, so a failed query fails the same way for everyone. */
    private static Entry join(CompletableFuture<Entry> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "interrupted while waiting for the same query", e);
        }
    }
}
