package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * {@code key: name { children }} or, anonymous, {@code key: { children }}. The name is kept as written, so a
 * refinement {@code view: +orders} has the name {@code +orders}; see {@link #isRefinement()}.
 */
public record Block(String key, SourceSpan keySpan, Optional<String> name, Optional<SourceSpan> nameSpan,
        List<Node> children, SourceSpan span) implements Node, Container {
    public Block {
        requireNonNull(key, "key is null");
        requireNonNull(keySpan, "keySpan is null");
        requireNonNull(name, "name is null");
        requireNonNull(nameSpan, "nameSpan is null");
        children = List.copyOf(children);
        requireNonNull(span, "span is null");
        if (name.isPresent() != nameSpan.isPresent()) {
            throw new IllegalArgumentException("name and nameSpan must be both present or both absent");
        }
    }

    /** True for {@code view: +name { ... }} (and any other {@code +name} block). */
    public boolean isRefinement() {
        return name.filter(text -> text.startsWith("+")).isPresent();
    }

    /** The name without a refinement's leading {@code +}. */
    public Optional<String> targetName() {
        return name.map(text -> text.startsWith("+") ? text.substring(1) : text);
    }

    /** How messages name this block: {@code dimension 'user_name'} or {@code derived_table}. */
    public String describe() {
        return name.map(text -> key + " '" + text + "'").orElse(key);
    }
}
