package io.trailscope.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --project} option: a LookML project folder; the built-in CloudTrail block when absent. */
public final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR",
            description = "A LookML project folder. Default: the built-in CloudTrail block")
    Path project;

    public Optional<Path> path() {
        return Optional.ofNullable(project);
    }
}
