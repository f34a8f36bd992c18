package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved model ({@code name.model.lkml}). Broken fields, view sources, explores and joins stay in the maps but
 * are listed in {@code problems} (read them with {@code fieldProblem} and friends), so one bad field never hides the
 * others: a query that needs a broken part fails with its message; every other query runs.
 */
public record Model(
        String name,
        String path,
        Optional<String> connection,
        Map<String, View> views,
        Map<String, Explore> explores,
        DayOfWeek weekStartDay,
        int fiscalMonthOffset,
        boolean caseSensitive,
        Map<String, String> problems,
        SourceLocation location) {
    public Model {
        requireNonNull(name, "name is null");
        requireNonNull(path, "path is null");
        requireNonNull(connection, "connection is null");
        views = Collections.unmodifiableMap(new LinkedHashMap<>(views));
        explores = Collections.unmodifiableMap(new LinkedHashMap<>(explores));
        requireNonNull(weekStartDay, "weekStartDay is null");
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        requireNonNull(location, "location is null");
    }

    public Optional<View> view(String viewName) {
        return Optional.ofNullable(views.get(viewName));
    }

    public Optional<Explore> explore(String exploreName) {
        return Optional.ofNullable(explores.get(exploreName));
    }

    /** A field of a view by view name and field name. */
    public Optional<Field> field(String viewName, String fieldName) {
        return view(viewName).flatMap(view -> view.field(fieldName));
    }

    /** Why a field ({@code view.field}) cannot be used, as {@code file:line:col: message}, if it cannot. */
    public Optional<String> fieldProblem(String fieldId) {
        return Optional.ofNullable(problems.get(fieldId));
    }

    /** Why a view's source (sql_table_name, derived table) cannot be used, if it cannot. */
    public Optional<String> viewProblem(String viewName) {
        return Optional.ofNullable(problems.get(viewKey(viewName)));
    }

    /** Why an explore cannot be used at all (e.g. its base view is missing), if it cannot. */
    public Optional<String> exploreProblem(String exploreName) {
        return Optional.ofNullable(problems.get(exploreKey(exploreName)));
    }

    /** Why a join of an explore cannot be used, if it cannot. */
    public Optional<String> joinProblem(String exploreName, String alias) {
        return Optional.ofNullable(problems.get(joinKey(exploreName, alias)));
    }

    static String viewKey(String viewName) {
        return "view:" + viewName;
    }

    static String exploreKey(String exploreName) {
        return "explore:" + exploreName;
    }

    static String joinKey(String exploreName, String alias) {
        return "join:" + exploreName + "." + alias;
    }
}
