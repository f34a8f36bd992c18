package io.trailscope.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** A hidden {@code --now INSTANT}: relative date filters ("7 days") computed as of that instant, for reproducible runs. */
public final class ClockOption {
    @Option(names = "--now", hidden = true, paramLabel = "INSTANT", description = "Evaluate relative dates at this instant")
    Instant now;

    public Clock clock() {
        return now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC);
    }
}
