package io.trailscope.dashboard;

import io.trailscope.block.BuiltInBlock;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.ModelResolver;
import io.trailscope.model.SemanticProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Loads the project a command or the server works on: a folder, or the built-in CloudTrail block. */
public final class Projects {
    /** Where the built-in block lives on the class path. */
    public static final String BUILT_IN = "io/trailscope/block";

    private Projects() {}

    public static SemanticProject load(Optional<Path> folder) {
        return ModelResolver.resolve(ProjectLoader.load(files(folder)));
    }

    public static ProjectFiles files(Optional<Path> folder) {
        if (folder.isPresent()) {
            if (!Files.isDirectory(folder.get())) {
                throw new TrailException(ErrorCode.LOOKML_INCLUDE, "project folder " + folder.get()
                        + " does not exist or is not a folder");
            }
            return ProjectFiles.directory(folder.get());
        }
        try {
            // By the block's own file list, not by listing the class-path folder: on a test class path another
            // io/trailscope/block folder (test resources) can come first and hide the bundled one.
            Map<String, String> files = new LinkedHashMap<>();
            BuiltInBlock.FILES.forEach(name -> files.put(name, BuiltInBlock.read(name)));
            return ProjectFiles.inMemory("classpath:" + BUILT_IN, files);
        } catch (TrailException e) {
            throw new TrailException(ErrorCode.LOOKML_INCLUDE, "no --project given, and the built-in CloudTrail"
                    + " block (class path folder " + BUILT_IN + ") is not part of this build: " + e.detail(), e);
        }
    }
}
