package io.trailscope.cli;

/** Process exit codes every command shares. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    private ExitCodes() {
    }
}
