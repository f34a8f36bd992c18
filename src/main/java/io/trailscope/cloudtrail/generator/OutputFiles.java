package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a stream's files go: keys under the output folder, folders made once, one reusable gzip sink. */
final class OutputFiles implements AutoCloseable {
    /** Never closes the sink it writes to: the sink finishes the gzip stream itself. */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Path root;
    private final GzipSink sink = new GzipSink();
    private Path lastFolder;

    OutputFiles(Path root) {
        this.root = root;
    }

    Path prepare(String key) throws IOException {
        Path path = root.resolve(key);
        Path folder = path.getParent();
        if (!folder.equals(lastFolder)) {
            Files.createDirectories(folder);
            lastFolder = folder;
        }
        return path;
    }

    GzipSink sink() {
        return sink;
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
