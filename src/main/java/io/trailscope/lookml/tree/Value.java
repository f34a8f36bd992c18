package io.trailscope.lookml.tree;

import io.trailscope.lookml.SourceSpan;
import java.util.Optional;

/** The right-hand side of a pair. */
public sealed interface Value permits Scalar, QuotedString, SqlBlock, ListValue {
    SourceSpan span();

    /** The text of a scalar, quoted string (unescaped) or SQL block; empty for a list. */
    Optional<String> asText();
}
