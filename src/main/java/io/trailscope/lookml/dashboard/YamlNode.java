package io.trailscope.lookml.dashboard;

import io.trailscope.error.SourceLocation;

/** A YAML value that remembers where it starts, so dashboard diagnostics can name a line. */
sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    SourceLocation location();

    /** Plain Java: maps are ordered, scalars become String, Long, Double, Boolean or null. */
    Object toPlain();
}
