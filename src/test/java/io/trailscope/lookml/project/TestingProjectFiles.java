package io.trailscope.lookml.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory project files that count how often each file is read. */
final class TestingProjectFiles implements ProjectFiles {
    private final ProjectFiles files;
    private final Map<String, Integer> reads = new HashMap<>();

    TestingProjectFiles(Map<String, String> files) {
        this.files = ProjectFiles.inMemory("test-project", files);
    }

    @Override
    public String root() {
        return files.root();
    }

    @Override
    public List<String> list() {
        return files.list();
    }

    @Override
    public String read(String path) {
        reads.merge(path, 1, Integer::sum);
        return files.read(path);
    }

    int reads(String path) {
        return reads.getOrDefault(path, 0);
    }
}
