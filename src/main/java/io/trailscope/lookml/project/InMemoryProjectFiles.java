package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;
import static java.util.Objects.requireNonNull;

import io.trailscope.error.TrailException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Project files held in a map from relative path to text; leading slashes are dropped from the paths. */
public final class InMemoryProjectFiles implements ProjectFiles {
    private final String root;
    private final Map<String, String> files;

    public InMemoryProjectFiles(String root, Map<String, String> files) {
        this.root = requireNonNull(root, "root is null");
        TreeMap<String, String> sorted = new TreeMap<>();
        files.forEach((path, text) -> sorted.put(normalize(path), requireNonNull(text, "text is null")));
        this.files = sorted;
    }

    @Override
    public String root() {
        return root;
    }

    @Override
    public List<String> list() {
        return List.copyOf(files.keySet());
    }

    @Override
    public String read(String path) {
        String text = files.get(normalize(path));
        if (text == null) {
            throw new TrailException(LOOKML_INCLUDE, "no file '" + path + "' in project " + root);
        }
        return text;
    }

    private static String normalize(String path) {
        String normalized = path.replace('\\', '/');
        while (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        return normalized;
    }
}
