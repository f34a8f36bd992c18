package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE 'c']}. Case-insensitive matching renders as ILIKE where the dialect has
 * it, otherwise as {@code lower(value) LIKE lower(pattern)}.
 */
public record Like(Expression value, Expression pattern, Optional<Character> escape, boolean caseInsensitive,
        boolean negated) implements Expression {
    public Like {
        requireNonNull(value, "value is null");
        requireNonNull(pattern, "pattern is null");
        requireNonNull(escape, "escape is null");
        escape.ifPresent(character -> {
            // A letter would change under the lower() of the case-insensitive fallback; NUL cannot be written.
            if (character == '%' || character == '_' || Character.isLetterOrDigit(character)
                    || Character.isSurrogate(character) || character == '\0') {
                throw SqlChecks.invalidAst("invalid LIKE escape character: " + SqlChecks.shown(character.toString()));
            }
        });
    }

    public static Like of(Expression value, Expression pattern) {
        return new Like(value, pattern, Optional.empty(), false, false);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitLike(this);
    }
}
