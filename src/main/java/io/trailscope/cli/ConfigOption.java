package io.trailscope.cli;

import io.trailscope.engine.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: connection settings ({@code trailscope.yaml}). Without it, the project folder's
 * {@code trailscope.yaml} is used if there is one; otherwise every connection is the embedded store.
 */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Connections (trailscope.yaml). Default: trailscope.yaml in the project folder, if any")
    Path config;

    public EngineConfig load(Optional<Path> project) {
        if (config != null) {
            return EngineConfig.read(config);
        }
        Optional<Path> inProject = project.map(folder -> folder.resolve(EngineConfig.FILE_NAME))
                .filter(Files::isRegularFile);
        return inProject.map(EngineConfig::read).orElse(EngineConfig.empty());
    }
}
