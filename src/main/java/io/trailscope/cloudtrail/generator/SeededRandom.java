package io.trailscope.cloudtrail.generator;

import java.util.List;

/**
 * SplitMix64, written out here so that a seed gives the same stream on every JVM and Java version
 * ({@link java.util.Random} and friends make no such promise across releases for all methods).
 */
final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long hash(long first, long second) {
        return mix(mix(first + GOLDEN_GAMMA) ^ (second * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
    }

    static long hash(long first, long second, long third) {
        return hash(hash(first, second), third);
    }

    static long hash(long first, long second, long third, long fourth) {
        return hash(hash(hash(first, second), third), fourth);
    }

    /** A double in [0, 1) from a hash, for stateless draws. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    void reseed(long seed) {
        state = seed;
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound) by multiply-shift; bound must be positive. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    int between(int low, int highInclusive) {
        return low + nextInt(highInclusive - low + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** A new independent stream; the salt keeps sibling forks apart. */
    SeededRandom fork(long salt) {
        return new SeededRandom(hash(nextLong(), salt));
    }
}
