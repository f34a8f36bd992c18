package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a class-path folder (a directory, or a folder inside a jar such as the bundled block) into memory. */
final class ClasspathProjectFiles {
    private ClasspathProjectFiles() {}

    static ProjectFiles load(ClassLoader loader, String folder) {
        String name = folder.replaceAll("^/+|/+$", "");
        URL url = loader.getResource(name);
        if (url == null) {
            throw new TrailException(LOOKML_INCLUDE, "no folder '" + name + "' on the class path");
        }
        String label = "classpath:" + name;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return fromJar(uri, name, label);
            }
            return new InMemoryProjectFiles(label, readAll(Path.of(uri)));
        } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new TrailException(LOOKML_INCLUDE, "cannot read " + label + ": " + e.getMessage(), e);
        }
    }

    private static ProjectFiles fromJar(URI uri, String name, String label) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return new InMemoryProjectFiles(label, readAll(jar.getPath(name)));
        } catch (FileSystemAlreadyExistsException e) {
            return new InMemoryProjectFiles(label, readAll(FileSystems.getFileSystem(uri).getPath(name)));
        }
    }

    private static Map<String, String> readAll(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
                files.put(relative, new String(Files.readAllBytes(path), UTF_8));
            }
        }
        return files;
    }
}
