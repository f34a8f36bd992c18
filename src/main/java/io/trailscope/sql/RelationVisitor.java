package io.trailscope.sql;

/** One method per relation form. */
public interface RelationVisitor<R> {
    R visitTableRef(TableRef table);

    R visitSubquery(SubqueryRelation subquery);

    R visitRawTable(RawTable table);
}
