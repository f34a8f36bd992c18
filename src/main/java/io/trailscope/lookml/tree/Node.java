package io.trailscope.lookml.tree;

import io.trailscope.lookml.SourceSpan;

/** An entry of a LookML file or block: a {@code key: value} pair or a block {@code key: [name] { ... }}. */
public sealed interface Node permits Pair, Block {
    String key();

    SourceSpan keySpan();

    /** From the first character of the key to the end of the value or the closing brace. */
    SourceSpan span();
}
