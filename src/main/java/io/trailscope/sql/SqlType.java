package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** The SQL types the AST can name in casts and parameters; dialects spell them. */
public record SqlType(Kind kind, int precision, int scale) {
    public static final SqlType VARCHAR = simple(Kind.VARCHAR);
    public static final SqlType INTEGER = simple(Kind.INTEGER);
    public static final SqlType BIGINT = simple(Kind.BIGINT);
    public static final SqlType DOUBLE = simple(Kind.DOUBLE);
    public static final SqlType BOOLEAN = simple(Kind.BOOLEAN);
    public static final SqlType DATE = simple(Kind.DATE);
    public static final SqlType TIMESTAMP = simple(Kind.TIMESTAMP);
    public static final SqlType TIMESTAMP_WITH_TIME_ZONE = simple(Kind.TIMESTAMP_WITH_TIME_ZONE);
    public static final SqlType JSON = simple(Kind.JSON);

    public SqlType {
        requireNonNull(kind, "kind is null");
        if (kind == Kind.DECIMAL) {
            if (precision < 1 || precision > NumberLiteral.MAX_DIGITS || scale < 0 || scale > precision) {
                throw SqlChecks.invalidAst("invalid DECIMAL(" + precision + ", " + scale + ")");
            }
        }
        else if (precision != 0 || scale != 0) {
            throw SqlChecks.invalidAst(kind + " takes no precision or scale");
        }
    }

    public static SqlType decimal(int precision, int scale) {
        return new SqlType(Kind.DECIMAL, precision, scale);
    }

    private static SqlType simple(Kind kind) {
        return new SqlType(kind, 0, 0);
    }

    /** Type families; DECIMAL alone carries precision and scale. */
    public enum Kind {
        VARCHAR,
        INTEGER,
        BIGINT,
        DOUBLE,
        DECIMAL,
        BOOLEAN,
        DATE,
        TIMESTAMP,
        TIMESTAMP_WITH_TIME_ZONE,
        JSON
    }
}
