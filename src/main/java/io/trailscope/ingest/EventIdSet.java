package io.trailscope.ingest;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.nio.charset.StandardCharsets;

/**
 * The set of event ids already stored, held as 128-bit hashes in an open-addressing table
 * (16 bytes a slot), so dedup costs no database round trip. Accidental collisions at 128 bits are
 * beyond any realistic store size. Single-threaded: only the writer touches it.
 */
final class EventIdSet {
    private final long[] hash = new long[2];
    private long[] slots;
    private int size;
    private int mask;

    EventIdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = allocate(capacity * 2L, expected);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** Adds the id; returns false when it was already present. */
    boolean add(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        Murmur3.hash128(bytes, 0x9747b28cL, hash);
        long high = hash[0];
        long low = hash[1];
        if ((high | low) == 0) {
            low = 1;
        }
        if ((size + 1) * 3L > (mask + 1) * 2L) {
            grow();
        }
        return insert(high, low);
    }

    /**
     * The one big allocation of an ingest: failing it leaves nothing half-done (the table in use is untouched), so it
     * becomes a clear error instead of an OutOfMemoryError from anywhere.
     */
    private long[] allocate(long longs, long ids) {
        long megabytes = longs * 8 / (1 << 20);
        try {
            if (longs > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError();
            }
            return new long[(int) longs];
        } catch (OutOfMemoryError e) {
            long suggested = (Runtime.getRuntime().maxMemory() / (1 << 20) + megabytes) * 2;
            throw new TrailException(ErrorCode.INGEST_HEAP_TOO_SMALL, "the ids of the " + ids + " events stored"
                    + " are kept in memory to skip duplicates, and keeping more needs another " + megabytes
                    + " MB of heap, more than this JVM has left (at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB): run the same command again with more heap (java -Xmx" + (suggested + 1023) / 1024 + "g -jar"
                    + " trailscope.jar ...); everything committed so far stays, and the run resumes where it stopped");
        }
    }

    private boolean insert(long high, long low) {
        int slot = (int) (low ^ (low >>> 32)) & mask;
        while (true) {
            long storedHigh = slots[slot * 2];
            long storedLow = slots[slot * 2 + 1];
            if (storedHigh == 0 && storedLow == 0) {
                slots[slot * 2] = high;
                slots[slot * 2 + 1] = low;
                size++;
                return true;
            }
            if (storedHigh == high && storedLow == low) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) * 2;
        slots = allocate(capacity * 2L, size);
        mask = capacity - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(old[i], old[i + 1]);
            }
        }
    }
}
