package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.Optional;

/**
 * One {@code ${...}} inside a SQL template: {@code ${TABLE}}, {@code ${field}}, {@code ${view.field}} or
 * {@code ${view.SQL_TABLE_NAME}}. {@code written} is the text between the braces, {@code location} where the
 * {@code $} sits in the file.
 */
public record SqlReference(Optional<String> view, String name, String written, SourceLocation location) {
    public static final String TABLE = "TABLE";
    public static final String SQL_TABLE_NAME = "SQL_TABLE_NAME";

    public SqlReference {
        requireNonNull(view, "view is null");
        requireNonNull(name, "name is null");
        requireNonNull(written, "written is null");
        requireNonNull(location, "location is null");
    }

    /** {@code ${TABLE}}: the alias of the view the template belongs to. */
    public boolean isTable() {
        return view.isEmpty() && name.equals(TABLE);
    }

    /** {@code ${view.SQL_TABLE_NAME}}: the table (or CTE) behind a view. */
    public boolean isSqlTableName() {
        return view.isPresent() && name.equals(SQL_TABLE_NAME);
    }

    /** A field of the same view or of a named view. */
    public boolean isField() {
        return !isTable() && !isSqlTableName();
    }

    /** The view this reference names, or {@code ownView} for an unqualified one. */
    public String viewOr(String ownView) {
        return view.orElse(ownView);
    }
}
