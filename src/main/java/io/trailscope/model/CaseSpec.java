package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** {@code case: { when: { sql: ... ;; label: "x" } ... else: "y" }}: labels sort in declaration order. */
public record CaseSpec(List<When> whens, Optional<String> otherwise) {
    public CaseSpec {
        whens = List.copyOf(whens);
        requireNonNull(otherwise, "otherwise is null");
    }

    /** One {@code when:} arm. */
    public record When(SqlTemplate condition, String label) {
        public When {
            requireNonNull(condition, "condition is null");
            requireNonNull(label, "label is null");
        }
    }
}
