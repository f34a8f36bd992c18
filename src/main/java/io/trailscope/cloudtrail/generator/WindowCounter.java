package io.trailscope.cloudtrail.generator;

/**
 * Turns window weights into whole event counts that add up exactly to the stream's share: cumulative rounding
 * with a random phase, so no window is biased and nothing is lost to rounding.
 */
final class WindowCounter {
    private final long events;
    private final double total;
    private final double phase;
    private double cumulative;
    private long emitted;

    WindowCounter(long events, double total, double phase) {
        this.events = events;
        this.total = total;
        this.phase = phase;
    }

    int next(double weight, boolean last) {
        cumulative += weight;
        long target = last ? events : Math.min(events, (long) Math.floor(events * (cumulative / total) + phase));
        long count = Math.max(0, target - emitted);
        emitted += count;
        return (int) count;
    }
}
