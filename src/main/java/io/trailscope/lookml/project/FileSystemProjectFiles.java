package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A project in a directory. Hidden files and folders ({@code .git}) are skipped; links are not followed. */
public final class FileSystemProjectFiles implements ProjectFiles {
    private final Path root;

    public FileSystemProjectFiles(Path root) {
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    @Override
    public String root() {
        return root.toString();
    }

    @Override
    public List<String> list() {
        if (!Files.isDirectory(root)) {
            throw new TrailException(LOOKML_INCLUDE, "project folder " + root + " does not exist or is not a folder");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> relative(root.relativize(path)))
                    .filter(path -> !isHidden(path))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException | UncheckedIOException e) {
            throw new TrailException(LOOKML_INCLUDE, "cannot list project folder " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String read(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new TrailException(LOOKML_INCLUDE, "'" + path + "' is outside the project folder " + root);
        }
        try {
            return new String(Files.readAllBytes(file), UTF_8);
        } catch (IOException e) {
            throw new TrailException(LOOKML_INCLUDE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static boolean isHidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }
}
