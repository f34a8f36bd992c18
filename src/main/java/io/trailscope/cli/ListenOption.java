package io.trailscope.cli;

import io.trailscope.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --port} and {@code --bind} options of the commands that serve the web UI. */
public final class ListenOption {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port of the web UI; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = WebSettings.DEFAULT_BIND,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
    String bind;

    /** The port, refused as a usage error outside 0..65535. */
    public int port(CommandLine commandLine) {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be 0..65535, not " + port);
        }
        return port;
    }

    public String bind() {
        return bind;
    }
}
