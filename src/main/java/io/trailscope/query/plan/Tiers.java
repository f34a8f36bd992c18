package io.trailscope.query.plan;

import io.trailscope.model.TierSpec;
import io.trailscope.model.TierStyle;
import io.trailscope.sql.Case;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Literal;
import io.trailscope.sql.NumberLiteral;
import io.trailscope.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tier buckets: left-closed, with a bucket below the first bound and one from the last bound up; NULL stays NULL.
 * Labels by style [belief: Looker's exact wording]: classic {@code T01 [0,10)}, interval {@code [0,10)},
 * integer {@code 0 to 9}, relational {@code >= 0 and < 10}. {@link #order} gives the bucket index to sort by.
 */
final class Tiers {
    private Tiers() {}

    static Expression labels(Expression value, TierSpec spec) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> bounds = spec.bounds();
        for (int i = 0; i <= bounds.size(); i++) {
            labels.add(label(spec.style(), i, i == 0 ? null : bounds.get(i - 1),
                    i == bounds.size() ? null : bounds.get(i)));
        }
        return buckets(value, bounds, labels.stream().map(label -> (Expression) Literal.of(label)).toList());
    }

    static Expression order(Expression value, TierSpec spec) {
        List<Expression> indexes = new ArrayList<>();
        for (int i = 0; i <= spec.bounds().size(); i++) {
            indexes.add(Literal.of(i));
        }
        return buckets(value, spec.bounds(), indexes);
    }

    private static Expression buckets(Expression value, List<BigDecimal> bounds, List<Expression> results) {
        List<Case.When> whens = new ArrayList<>();
        whens.add(new Case.When(Sql.isNull(value), Literal.nullValue()));
        for (int i = 0; i < bounds.size(); i++) {
            whens.add(new Case.When(Sql.lt(value, new NumberLiteral(bounds.get(i))), results.get(i)));
        }
        return new Case(whens, Optional.of(results.get(bounds.size())));
    }

    private static String label(TierStyle style, int index, BigDecimal low, BigDecimal high) {
        String lowText = low == null ? "-inf" : low.toPlainString();
        String highText = high == null ? "inf" : high.toPlainString();
        return switch (style) {
            case CLASSIC -> String.format("T%02d ", index) + interval(low, lowText, highText);
            case INTERVAL -> interval(low, lowText, highText);
            case INTEGER -> integer(low, high);
            case RELATIONAL -> relational(low, high);
        };
    }

    private static String interval(BigDecimal low, String lowText, String highText) {
        return (low == null ? "(" : "[") + lowText + "," + highText + ")";
    }

    private static String integer(BigDecimal low, BigDecimal high) {
        if (low == null) {
            return "Below " + high.toPlainString();
        }
        if (high == null) {
            return low.toPlainString() + " or Above";
        }
        return low.toPlainString() + " to " + high.subtract(BigDecimal.ONE).toPlainString();
    }

    private static String relational(BigDecimal low, BigDecimal high) {
        if (low == null) {
            return "< " + high.toPlainString();
        }
        if (high == null) {
            return ">= " + low.toPlainString();
        }
        return ">= " + low.toPlainString() + " and < " + high.toPlainString();
    }
}
