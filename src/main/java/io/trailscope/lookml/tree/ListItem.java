package io.trailscope.lookml.tree;

import io.trailscope.lookml.SourceSpan;

/** An item of a list: a bare or quoted value, or a pair as in {@code filters: [a: "x", b: "y"]}. */
public sealed interface ListItem permits Scalar, QuotedString, Pair {
    SourceSpan span();
}
