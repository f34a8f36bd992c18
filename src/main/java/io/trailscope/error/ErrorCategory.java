package io.trailscope.error;

/** Who can fix an error: the user (bad input), us (a bug), or something outside (a server, a disk). */
public enum ErrorCategory {
    USER,
    INTERNAL,
    EXTERNAL
}
