package io.trailscope.model;

/** Where a view's rows come from. */
public sealed interface ViewSource permits SqlTableSource, DerivedTableSource {}
