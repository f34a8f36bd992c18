package io.trailscope.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so `--version` never drifts from the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Optional.ofNullable(VersionProvider.class.getPackage().getImplementationVersion()).orElse("dev");
        return new String[] {"trailscope " + version};
    }
}
