package io.trailscope.sql;

/** One method per query form. */
public interface QueryVisitor<R> {
    R visitSelect(Select select);

    R visitRawQuery(RawQuery query);
}
