package io.trailscope.error;

import static io.trailscope.error.ErrorCategory.EXTERNAL;
import static io.trailscope.error.ErrorCategory.INTERNAL;
import static io.trailscope.error.ErrorCategory.USER;

/**
 * Stable error codes. Numbers are never reused or renumbered; ranges per package:
 * lookml/model 0-999, query/sql 1000-1999, ingest/cloudtrail 2000-2999, engine 3000-3999,
 * web/dashboard 4000-4999, cli/app 5000-5999.
 */
public enum ErrorCode {
    LOOKML_SYNTAX(1, USER),
    LOOKML_INCLUDE(2, USER),
    LOOKML_DUPLICATE(3, USER),
    MODEL_UNKNOWN_VIEW(100, USER),
    MODEL_UNKNOWN_FIELD(101, USER),
    MODEL_UNKNOWN_EXPLORE(102, USER),
    MODEL_REFERENCE_CYCLE(103, USER),
    MODEL_INVALID(104, USER),
    DASHBOARD_SYNTAX(200, USER),
    DASHBOARD_UNKNOWN(201, USER),

    QUERY_INVALID(1000, USER),
    FILTER_EXPRESSION(1001, USER),
    QUERY_UNKNOWN_FIELD(1002, USER),
    SQL_UNSUPPORTED(1100, INTERNAL),
    SQL_INVALID_IDENTIFIER(1101, USER),
    SQL_INVALID_VALUE(1102, USER),
    SQL_INVALID_AST(1103, INTERNAL),

    INGEST_SOURCE_UNREADABLE(2000, EXTERNAL),
    INGEST_MALFORMED(2001, USER),
    INGEST_NOT_CLOUDTRAIL(2002, USER),
    INGEST_ARGUMENT(2003, USER),
    INGEST_HEAP_TOO_SMALL(2004, USER),
    GENERATOR_ARGUMENT(2100, USER),
    GENERATOR_OUTPUT(2101, EXTERNAL),
    ACCOUNTS_FILE_INVALID(2200, USER),
    GEO_DATA_UNREADABLE(2300, EXTERNAL),

    ENGINE_FAILURE(3000, EXTERNAL),
    ENGINE_QUERY_FAILED(3001, USER),
    STORE_LOCKED(3002, USER),
    STORE_INCOMPATIBLE(3003, USER),
    CONFIG_INVALID(3100, USER),

    WEB_BAD_REQUEST(4000, USER),
    WEB_NOT_FOUND(4001, USER),
    WEB_UNAUTHORIZED(4002, USER),
    WEB_CANNOT_LISTEN(4003, USER),

    CLI_USAGE(5000, USER),
    INTERNAL_ERROR(5999, INTERNAL);

    private final int code;
    private final ErrorCategory category;

    ErrorCode(int code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    public int code() {
        return code;
    }

    public ErrorCategory category() {
        return category;
    }
}
