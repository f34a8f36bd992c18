package io.trailscope.ingest;

import io.trailscope.error.TrailException;

/** Run in a child JVM with a small heap by {@link TestEventIdSet}: adds ids until the set cannot grow. */
public final class EventIdSetFill {
    private EventIdSetFill() {}

    public static void main(String[] args) {
        EventIdSet ids = new EventIdSet(16);
        try {
            for (long i = 0; i < 100_000_000L; i++) {
                ids.add("id-" + i);
            }
            System.out.println("no error after " + ids.size());
        } catch (TrailException e) {
            System.out.println(e.errorCode() + " after " + ids.size() + ": " + e.detail());
        }
    }
}
