package io.trailscope.lookml.project;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.tree.LookmlFile;
import java.util.List;

/**
 * A {@code .model.lkml} file: its name (the file name without {@code .model.lkml}), its tree, and every file it
 * includes, directly or through included files, in include order. An included file's own includes come before it,
 * so a refinement file lands after the view it refines. Each path appears once.
 */
public record ModelFile(String name, LookmlFile file, List<String> includedPaths) {
    public ModelFile {
        requireNonNull(name, "name is null");
        requireNonNull(file, "file is null");
        includedPaths = List.copyOf(includedPaths);
    }
}
