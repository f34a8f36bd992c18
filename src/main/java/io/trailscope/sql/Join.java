package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** {@code type JOIN relation ON condition}; a CROSS join has no condition, every other kind needs one. */
public record Join(JoinType type, Relation relation, Optional<Expression> condition) {
    public Join {
        requireNonNull(type, "type is null");
        requireNonNull(relation, "relation is null");
        requireNonNull(condition, "condition is null");
        if ((type == JoinType.CROSS) == condition.isPresent()) {
            throw SqlChecks.invalidAst(type == JoinType.CROSS ? "CROSS JOIN takes no ON" : type + " JOIN needs ON");
        }
    }

    public static Join of(JoinType type, Relation relation, Expression condition) {
        return new Join(type, relation, Optional.of(condition));
    }
}
