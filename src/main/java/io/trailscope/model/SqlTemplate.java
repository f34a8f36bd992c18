package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A LookML SQL fragment split into verbatim text and {@code ${...}} references, in order. Expansion happens in the
 * query planner, which knows the aliases; the model only checks that references resolve.
 */
public record SqlTemplate(String text, List<Segment> segments, SourceLocation location) {
    public SqlTemplate {
        requireNonNull(text, "text is null");
        segments = List.copyOf(segments);
        requireNonNull(location, "location is null");
    }

    /** A template with no references (the text is taken literally). */
    public static SqlTemplate literal(String text, SourceLocation location) {
        return new SqlTemplate(text, text.isEmpty() ? List.of() : List.of(new Text(text)), location);
    }

    public List<SqlReference> references() {
        List<SqlReference> references = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment instanceof Ref ref) {
                references.add(ref.reference());
            }
        }
        return List.copyOf(references);
    }

    /** A piece of a template. */
    public sealed interface Segment permits Text, Ref {}

    /** SQL text copied as written. */
    public record Text(String text) implements Segment {
        public Text {
            requireNonNull(text, "text is null");
        }
    }

    /** A {@code ${...}} to substitute. */
    public record Ref(SqlReference reference) implements Segment {
        public Ref {
            requireNonNull(reference, "reference is null");
        }
    }
}
