package io.trailscope.cloudtrail.generator;

/**
 * Temporary credentials without state: a session is a fixed-length slot on a per-principal phase, so the same
 * principal shows the same creationDate and ASIA key for every call inside one slot, in any file, in any thread.
 */
final class Sessions {
    static final long CONSOLE_SESSION_SECONDS = 4 * 3600;
    static final long ROLE_SESSION_SECONDS = 3600;

    private Sessions() {
    }

    static long start(long epochSecond, long salt, long length) {
        return epochSecond - Math.floorMod(epochSecond + salt, length);
    }

    static String accessKey(long salt, long sessionStart) {
        return Ids.keyOf(SeededRandom.hash(salt, sessionStart), "ASIA", 16);
    }
}
