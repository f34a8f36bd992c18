package io.trailscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in this JVM as a user would type it: its exit code and what it printed on each stream. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrailscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
