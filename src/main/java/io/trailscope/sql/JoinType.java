package io.trailscope.sql;

/** Join kinds, as LookML names them: left_outer (default), inner, full_outer, cross. */
public enum JoinType {
    INNER("INNER JOIN"),
    LEFT("LEFT JOIN"),
    FULL("FULL OUTER JOIN"),
    CROSS("CROSS JOIN");

    private final String keyword;

    JoinType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
