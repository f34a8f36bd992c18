package io.trailscope.sql.dialect;

/** Where an engine puts NULLs when ORDER BY says nothing (Calcite's NullCollation). */
public enum NullCollation {
    /** NULLs sort as larger than any value: last ascending, first descending. */
    HIGH,
    /** NULLs sort as smaller than any value: first ascending, last descending. */
    LOW,
    /** NULLs first in both directions. */
    FIRST,
    /** NULLs last in both directions. */
    LAST
}
