package io.trailscope.lookml.check;

import java.util.Arrays;
import java.util.Set;

/**
 * LookML parameter names, for warnings only: the parser keeps every key. The repeatable list is lkml's plural keys
 * (lookml.md §1.3); the known list adds every parameter of models, views, fields, explores, joins, derived tables,
 * manifests, data tests and their sub-blocks that we know of. A missing name only costs a spurious warning.
 */
public final class KnownKeys {
    /** Keys that may appear many times in one block. */
    public static final Set<String> REPEATABLE = keys(
            "access_filter", "access_grant", "action", "aggregate_table", "allowed_value", "assert", "bind_filters",
            "column", "constant", "datagroup", "remote_dependency", "local_dependency", "derived_column", "dimension",
            "dimension_group", "explore", "extends", "filter", "filters", "form_param", "include", "join", "link",
            "map_layer", "measure", "named_value_format", "option", "override_constant", "param", "parameter", "query",
            "set", "sql_step", "test", "user_attribute_param", "view", "when");

    private static final Set<String> MODEL_AND_PROJECT = keys(
            "connection", "include", "label", "persist_for", "persist_with", "datagroup", "max_cache_age", "sql_trigger",
            "interval_trigger", "description", "week_start_day", "case_sensitive", "fiscal_month_offset",
            "named_value_format", "value_format", "strict_value_format", "access_grant", "user_attribute",
            "allowed_values", "map_layer", "url", "file", "format", "feature_key", "property_key", "property_label_key",
            "projection", "extents_json_url", "max_zoom_level", "min_zoom_level", "explore", "view", "test",
            "explore_source", "assert", "expression", "project_name", "constant", "value", "export", "local_dependency",
            "project", "remote_dependency", "ref", "override_constant", "application", "entitlements", "visualization",
            "id", "dependencies", "sri_hash", "localization_settings", "default_locale", "localization_level",
            "new_lookml_runtime", "extension_framework", "mount_points", "external_api_urls", "oauth2_urls",
            "scoped_user_attributes", "global_user_attributes", "local_storage", "navigation", "new_window",
            "new_window_external_urls", "use_form_submit", "use_embeds", "use_downloads", "use_iframes",
            "use_clipboard", "core_api_methods", "raw_api_methods", "dashboard_vis", "dashboard_tile",
            "standalone", "explore", "explore_drill", "sql_preamble");

    private static final Set<String> VIEW_AND_FIELD = keys(
            "sql_table_name", "derived_table", "dimension", "dimension_group", "measure", "filter", "parameter", "set",
            "fields", "drill_fields", "extends", "extension", "final", "fields_hidden_by_default",
            "required_access_grants", "suggestions", "type", "sql", "label_from_parameter", "view_label", "group_label",
            "group_item_label", "hidden", "primary_key", "value_format_name", "html", "link", "icon_url", "can_filter",
            "case", "when", "else", "alpha_sort", "allow_fill", "allowed_value", "action", "form_url", "param",
            "form_param", "option", "name", "required", "default", "user_attribute_param", "alias",
            "bypass_suggest_restrictions", "datatype", "convert_tz", "timeframes", "intervals", "default_value",
            "direction", "end_location_field", "start_location_field", "fanout_on", "filters", "field", "full_suggestions",
            "map_layer_name", "order_by_field", "precision", "required_fields", "skip_drill_filter", "sql_end",
            "sql_start", "sql_latitude", "sql_longitude", "sql_distinct_key", "string_datatype", "style",
            "suggest_dimension", "suggest_explore", "suggest_persist_for", "suggestable", "tags", "tiers", "units",
            "approximate", "approximate_threshold", "list_field", "percentile", "allow_approximate_optimization",
            "unquoted", "based_on", "based_on_time", "period", "kind", "drill_fields", "suggestion_persist_for",
            "value_format", "filter_expression", "label", "description");

    private static final Set<String> EXPLORE_AND_PERSISTENCE = keys(
            "view_name", "from", "sql_always_where", "sql_always_having", "always_filter", "conditionally_filter",
            "unless", "access_filter", "always_join", "join", "symmetric_aggregates", "cancel_grouping_fields",
            "aggregate_table", "query", "materialization", "dimensions", "measures", "pivots", "sorts", "limit",
            "timezone", "required_joins", "relationship", "sql_on", "foreign_key", "sql_foreign_key", "sql_where",
            "outer_only", "datagroup_trigger", "sql_trigger_value", "publish_as_db_view", "increment_key",
            "increment_offset", "cluster_keys", "partition_keys", "distribution", "distribution_style", "sortkeys",
            "indexes", "create_process", "sql_step", "sql_create", "materialized_view", "table_compression",
            "table_format", "column", "derived_column", "bind_filters", "from_field", "to_field", "bind_all_filters",
            "expression_custom_filter", "sql_table_name", "persist_for", "persist_with");

    private KnownKeys() {}

    private static Set<String> keys(String... keys) {
        return Set.copyOf(Arrays.asList(keys));
    }

    public static boolean isKnown(String key) {
        return MODEL_AND_PROJECT.contains(key) || VIEW_AND_FIELD.contains(key) || EXPLORE_AND_PERSISTENCE.contains(key);
    }

    public static boolean isRepeatable(String key) {
        return REPEATABLE.contains(key);
    }
}
