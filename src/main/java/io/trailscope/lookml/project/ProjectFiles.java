package io.trailscope.lookml.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files of a LookML project, named by paths relative to the project root with {@code /} separators (these paths
 * are the file names in every span and message). Implementations: a directory, a classpath folder, a map.
 */
public interface ProjectFiles {
    /** How messages name the project: a directory, {@code classpath:folder}, or a given label. */
    String root();

    /** Every file, sorted. */
    List<String> list();

    /** The text of a listed file; {@code TrailException(LOOKML_INCLUDE)} if it cannot be read. */
    String read(String path);

    static ProjectFiles directory(Path root) {
        return new FileSystemProjectFiles(root);
    }

    static ProjectFiles inMemory(String root, Map<String, String> files) {
        return new InMemoryProjectFiles(root, files);
    }

    /** A folder on the class path, in a directory or inside a jar; read eagerly into memory. */
    static ProjectFiles classpath(ClassLoader loader, String folder) {
        return ClasspathProjectFiles.load(loader, folder);
    }
}
