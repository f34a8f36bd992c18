package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;
import java.util.List;

/** A parsed {@code .lkml} file: its top-level entries in order. {@code path} is the name used in every span. */
public record LookmlFile(String path, List<Node> children, SourceSpan span) implements Container {
    public LookmlFile {
        requireNonNull(path, "path is null");
        children = List.copyOf(children);
        requireNonNull(span, "span is null");
    }

    public FileKind kind() {
        return FileKind.of(path);
    }
}
