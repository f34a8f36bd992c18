package io.trailscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A local folder (walked recursively) or a single file. Hidden files and folders are skipped. */
public final class LocalLogSource implements LogSource {
    private final Path root;

    public LocalLogSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public List<LogObject> list() throws IOException {
        if (!Files.exists(root)) {
            throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such file or folder");
        }
        List<LogObject> objects = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            objects.add(object(root, Files.readAttributes(root, BasicFileAttributes.class)));
            return objects;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (isHidden(path)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    objects.add(object(path, attributes));
                }
            }
        }
        objects.sort(Comparator.comparing(LogObject::path));
        return objects;
    }

    private boolean isHidden(Path path) {
        Path relative = root.relativize(path);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private LogObject object(Path path, BasicFileAttributes attributes) {
        return new LogObject(name(), path.toString(), attributes.size(), String.valueOf(attributes.lastModifiedTime().toMillis()));
    }

    @Override
    public InputStream open(LogObject object) throws IOException {
        return Files.newInputStream(Path.of(object.path()));
    }
}
