package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** What an ORDER BY item sorts on: an expression, a select alias, or a 1-based select ordinal. */
public sealed interface OrderTarget permits OrderTarget.ByExpression, OrderTarget.ByAlias, OrderTarget.ByOrdinal {
    <R> R accept(Visitor<R> visitor);

    /** One method per target form. */
    interface Visitor<R> {
        R visitExpression(ByExpression target);

        R visitAlias(ByAlias target);

        R visitOrdinal(ByOrdinal target);
    }

    /** Sort on an expression. */
    record ByExpression(Expression expression) implements OrderTarget {
        public ByExpression {
            requireNonNull(expression, "expression is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExpression(this);
        }
    }

    /** Sort on a select item's alias; rendered as an ordinal where the dialect cannot sort by alias. */
    record ByAlias(String alias) implements OrderTarget {
        public ByAlias {
            SqlChecks.identifier(alias, "ORDER BY alias");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAlias(this);
        }
    }

    /** Sort on the n-th select item, counting from 1. */
    record ByOrdinal(int ordinal) implements OrderTarget {
        public ByOrdinal {
            if (ordinal < 1) {
                throw SqlChecks.invalidAst("ORDER BY ordinal must be at least 1: " + ordinal);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOrdinal(this);
        }
    }
}
