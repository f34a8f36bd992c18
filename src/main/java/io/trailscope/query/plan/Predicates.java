package io.trailscope.query.plan;

import io.trailscope.sql.And;
import io.trailscope.sql.BooleanLiteral;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Or;
import java.util.List;

/** AND and OR that stay flat: one operand is itself, none is TRUE (AND) or FALSE (OR). */
final class Predicates {
    private Predicates() {}

    static Expression allOf(List<Expression> conditions) {
        if (conditions.isEmpty()) {
            return new BooleanLiteral(true);
        }
        return conditions.size() == 1 ? conditions.get(0) : new And(conditions);
    }

    static Expression anyOf(List<Expression> conditions) {
        if (conditions.isEmpty()) {
            return new BooleanLiteral(false);
        }
        return conditions.size() == 1 ? conditions.get(0) : new Or(conditions);
    }
}
