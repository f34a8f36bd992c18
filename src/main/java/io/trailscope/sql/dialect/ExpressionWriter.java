package io.trailscope.sql.dialect;

import io.trailscope.sql.Aggregate;
import io.trailscope.sql.And;
import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.BooleanLiteral;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Comparison;
import io.trailscope.sql.Concat;
import io.trailscope.sql.DateLiteral;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.InList;
import io.trailscope.sql.IsNull;
import io.trailscope.sql.Like;
import io.trailscope.sql.Not;
import io.trailscope.sql.NullLiteral;
import io.trailscope.sql.NumberLiteral;
import io.trailscope.sql.Or;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.OrderTarget;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Range;
import io.trailscope.sql.RawSql;
import io.trailscope.sql.StringLiteral;
import io.trailscope.sql.TimestampLiteral;
import io.trailscope.sql.TimestampTzLiteral;
import io.trailscope.sql.WindowFunction;
import java.util.List;

/**
 * Writes one expression on one line (raw fragments may bring their own newlines). Text is appended in
 * traversal order, so {@code ?} placeholders and the parameter list can never disagree.
 */
final class ExpressionWriter extends LoweredExpressionVisitor<Void> {
    private final Dialect dialect;
    private final Lowering lowering;
    private final List<Object> parameters;
    private final StringBuilder out = new StringBuilder();
    private int context = Precedence.ANY;

    ExpressionWriter(Dialect dialect, Lowering lowering, List<Object> parameters) {
        this.dialect = dialect;
        this.lowering = lowering;
        this.parameters = parameters;
    }

    /** Renders {@code expression} where a node must bind at least as tightly as {@code precedence}. */
    String render(Expression expression, int precedence) {
        out.setLength(0);
        write(expression, precedence);
        return out.toString();
    }

    private void write(Expression expression, int precedence) {
        Expression lowered = lowering.fully(expression);
        int saved = context;
        context = precedence;
        lowered.accept(this);
        context = saved;
    }

    private void writeAll(List<Expression> expressions, String separator, int precedence) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            write(expressions.get(i), precedence);
        }
    }

    private boolean open(int precedence) {
        boolean parens = precedence < context;
        if (parens) {
            out.append('(');
        }
        return parens;
    }

    private void close(boolean parens) {
        if (parens) {
            out.append(')');
        }
    }

    private Void append(String text) {
        out.append(text);
        return null;
    }

    @Override
    public Void visitColumnRef(ColumnRef node) {
        node.qualifier().ifPresent(qualifier -> out.append(dialect.quoteIdentifier(qualifier)).append('.'));
        return append(dialect.quoteIdentifier(node.name()));
    }

    @Override
    public Void visitRawSql(RawSql node) {
        boolean parens = open(Precedence.RAW);
        int start = out.length();
        for (RawSql.Part part : node.parts()) {
            if (part instanceof RawSql.Text text) {
                out.append(text.text());
                if (text.text().contains("--")) {
                    // A line comment in a user fragment would swallow whatever follows on the line.
                    out.append('\n');
                }
            }
            else if (part instanceof RawSql.Embedded embedded) {
                write(embedded.expression(), Precedence.ATOM);
            }
        }
        // The whole fragment at once: a call's format argument may follow an embedded reference.
        String rendered = dialect.rawSql(out.substring(start));
        out.setLength(start);
        out.append(rendered);
        close(parens);
        return null;
    }

    @Override
    public Void visitStringLiteral(StringLiteral node) {
        return append(dialect.stringLiteral(node.value()));
    }

    @Override
    public Void visitNumberLiteral(NumberLiteral node) {
        return append(dialect.numberLiteral(node.value()));
    }

    @Override
    public Void visitBooleanLiteral(BooleanLiteral node) {
        return append(node.value() ? "TRUE" : "FALSE");
    }

    @Override
    public Void visitDateLiteral(DateLiteral node) {
        return append(dialect.dateLiteral(node.value()));
    }

    @Override
    public Void visitTimestampLiteral(TimestampLiteral node) {
        return append(dialect.timestampLiteral(node.value()));
    }

    @Override
    public Void visitTimestampTzLiteral(TimestampTzLiteral node) {
        return append(dialect.timestampTzLiteral(node.value()));
    }

    @Override
    public Void visitNullLiteral(NullLiteral node) {
        return append("NULL");
    }

    @Override
    public Void visitParameter(Parameter node) {
        parameters.add(node.jdbcValue());
        return append("?");
    }

    @Override
    public Void visitFunctionCall(FunctionCall node) {
        out.append(node.name()).append('(');
        writeAll(node.arguments(), ", ", Precedence.ANY);
        return append(")");
    }

    @Override
    public Void visitArithmetic(Arithmetic node) {
        int precedence = node.operator().isAdditive() ? Precedence.ADDITIVE : Precedence.MULTIPLICATIVE;
        boolean parens = open(precedence);
        write(node.left(), precedence);
        out.append(' ').append(node.operator().symbol()).append(' ');
        write(node.right(), precedence + 1);
        close(parens);
        return null;
    }

    @Override
    public Void visitComparison(Comparison node) {
        boolean parens = open(Precedence.PREDICATE);
        write(node.left(), Precedence.PREDICATE + 1);
        out.append(' ').append(node.operator().symbol()).append(' ');
        write(node.right(), Precedence.PREDICATE + 1);
        close(parens);
        return null;
    }

    @Override
    public Void visitAnd(And node) {
        return junction(node.operands(), " AND ", Precedence.AND);
    }

    @Override
    public Void visitOr(Or node) {
        return junction(node.operands(), " OR ", Precedence.OR);
    }

    private Void junction(List<Expression> operands, String separator, int precedence) {
        if (operands.size() == 1) {
            write(operands.get(0), context);
            return null;
        }
        boolean parens = open(precedence);
        writeAll(operands, separator, precedence);
        close(parens);
        return null;
    }

    @Override
    public Void visitNot(Not node) {
        boolean parens = open(Precedence.NOT);
        out.append("NOT ");
        write(node.operand(), Precedence.ATOM);
        close(parens);
        return null;
    }

    @Override
    public Void visitInList(InList node) {
        boolean parens = open(Precedence.PREDICATE);
        write(node.value(), Precedence.PREDICATE + 1);
        out.append(node.negated() ? " NOT IN (" : " IN (");
        writeAll(node.candidates(), ", ", Precedence.ANY);
        out.append(')');
        close(parens);
        return null;
    }

    @Override
    public Void visitLike(Like node) {
        boolean parens = open(Precedence.PREDICATE);
        write(node.value(), Precedence.PREDICATE + 1);
        out.append(node.negated() ? " NOT" : "").append(node.caseInsensitive() ? " ILIKE " : " LIKE ");
        write(node.pattern(), Precedence.PREDICATE + 1);
        node.escape().ifPresent(escape -> out.append(" ESCAPE ").append(dialect.stringLiteral(escape.toString())));
        close(parens);
        return null;
    }

    @Override
    public Void visitIsNull(IsNull node) {
        boolean parens = open(Precedence.PREDICATE);
        write(node.value(), Precedence.PREDICATE + 1);
        out.append(node.negated() ? " IS NOT NULL" : " IS NULL");
        close(parens);
        return null;
    }

    @Override
    public Void visitRange(Range node) {
        if (node.isClosed()) {
            boolean parens = open(Precedence.PREDICATE);
            write(node.value(), Precedence.PREDICATE + 1);
            out.append(" BETWEEN ");
            write(node.lower().get().value(), Precedence.PREDICATE + 1);
            out.append(" AND ");
            write(node.upper().get().value(), Precedence.PREDICATE + 1);
            close(parens);
            return null;
        }
        boolean both = node.lower().isPresent() && node.upper().isPresent();
        boolean parens = open(both ? Precedence.AND : Precedence.PREDICATE);
        node.lower().ifPresent(bound -> bound(node.value(), bound.inclusive() ? " >= " : " > ", bound.value()));
        if (both) {
            out.append(" AND ");
        }
        node.upper().ifPresent(bound -> bound(node.value(), bound.inclusive() ? " <= " : " < ", bound.value()));
        close(parens);
        return null;
    }

    private void bound(Expression value, String operator, Expression limit) {
        write(value, Precedence.PREDICATE + 1);
        out.append(operator);
        write(limit, Precedence.PREDICATE + 1);
    }

    @Override
    public Void visitCase(Case node) {
        out.append("CASE");
        for (Case.When when : node.whens()) {
            out.append(" WHEN ");
            write(when.condition(), Precedence.ANY);
            out.append(" THEN ");
            write(when.result(), Precedence.ANY);
        }
        node.otherwise().ifPresent(otherwise -> {
            out.append(" ELSE ");
            write(otherwise, Precedence.ANY);
        });
        return append(" END");
    }

    @Override
    public Void visitCast(Cast node) {
        out.append(node.safe() ? "TRY_CAST(" : "CAST(");
        write(node.value(), Precedence.ANY);
        return append(" AS " + dialect.typeName(node.type()) + ")");
    }

    @Override
    public Void visitAggregate(Aggregate node) {
        out.append(node.function().name()).append('(').append(node.distinct() ? "DISTINCT " : "");
        if (node.argument().isPresent()) {
            write(node.argument().get(), Precedence.ANY);
        }
        else {
            out.append('*');
        }
        out.append(')');
        node.filter().ifPresent(filter -> {
            out.append(" FILTER (WHERE ");
            write(filter, Precedence.ANY);
            out.append(')');
        });
        return null;
    }

    @Override
    public Void visitWindowFunction(WindowFunction node) {
        write(node.function(), Precedence.ATOM);
        out.append(" OVER (");
        if (!node.partitionBy().isEmpty()) {
            out.append("PARTITION BY ");
            writeAll(node.partitionBy(), ", ", Precedence.ANY);
        }
        for (int i = 0; i < node.orderBy().size(); i++) {
            out.append(i == 0 ? (node.partitionBy().isEmpty() ? "ORDER BY " : " ORDER BY ") : ", ");
            OrderItem item = node.orderBy().get(i);
            write(((OrderTarget.ByExpression) item.target()).expression(), Precedence.ANY);
            out.append(QueryWriter.sortSuffix(item, dialect));
        }
        return append(")");
    }

    @Override
    public Void visitConcat(Concat node) {
        boolean parens = open(Precedence.CONCAT);
        writeAll(node.operands(), " || ", Precedence.CONCAT + 1);
        close(parens);
        return null;
    }
}
