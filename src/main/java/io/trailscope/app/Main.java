package io.trailscope.app;

import io.trailscope.cli.TrailscopeCommand;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TrailscopeCommand.run(args));
    }
}
