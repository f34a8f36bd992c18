package io.trailscope.cli;

/** How a command prints rows. */
public enum OutputFormat {
    table,
    csv,
    json
}
