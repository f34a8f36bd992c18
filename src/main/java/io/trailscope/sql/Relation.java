package io.trailscope.sql;

/** Something rows come from in FROM or JOIN. */
public sealed interface Relation permits TableRef, SubqueryRelation, RawTable {
    <R> R accept(RelationVisitor<R> visitor);
}
