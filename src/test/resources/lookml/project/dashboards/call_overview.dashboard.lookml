- dashboard: call_overview
  title: Call Overview
  layout: newspaper
  description: "Who calls what, and how often it fails"
  refresh: 1 hour
  preferred_viewer: dashboards-next
  crossfilter_enabled: true
  embed_style:
    background_color: "#ffffff"
    show_title: true
  auto_run: false
  elements:
  - name: Top Calls
    title: Top Calls
    model: trail_audit
    explore: api_calls
    type: looker_bar
    fields: [api_calls.call_count, api_calls.call_name]
    filters:
      api_calls.region: ''
      api_calls.call_name: "%Instance%,-%Describe%"
    sorts: [api_calls.call_count desc]
    limit: 10
    column_limit: 50
    query_timezone: America/Los_Angeles
    stacking: ''
    show_value_labels: false
    series_colors:
      api_calls.call_count: "#1f3e5a"
    y_axes: [{label: '', orientation: left, series: [{id: api_calls.call_count, name: Calls}],
        showLabels: true}]
    listen:
      Date: api_calls.called_date
      Region: api_calls.region
    row: 0
    col: 0
    width: 12
    height: 8
  - name: Calls by Weekday
    title: Calls by Weekday
    model: trail_audit
    explore: api_calls
    type: looker_line
    fields: [api_calls.called_hour_of_day, api_calls.called_day_of_week, api_calls.call_count]
    pivots: [api_calls.called_day_of_week]
    fill_fields: [api_calls.called_hour_of_day, api_calls.called_day_of_week]
    filters:
    sorts: [api_calls.called_day_of_week 0, api_calls.called_hour_of_day]
    limit: 500
    hidden_fields: [api_calls.error_share]
    dynamic_fields:
    - table_calculation: error_rate
      label: Error Rate
      expression: "${api_calls.error_count} / ${api_calls.call_count}"
      value_format:
      value_format_name: percent_0
    # a comment inside the sequence
    - table_calculation: calls
      expression: ${api_calls.call_count}
    note_text: Times are UTC
    label: A stray label
    __FILE: trail_audit/call_overview.dashboard.lookml
    __LINE_NUM: 58
    row: 0
    col: 12
    width: 12
    height: 8
  - name: intro
    type: text
    title_text: About this dashboard
    subtitle_text: read me
    body_text: |-
      Calls are **API events**.
      Failures have an error message.
    row: 8
    col: 0
    width: 24
    height: 2
  filters:
  - name: Date
    title: Date
    type: date_filter
    default_value: 7 days
    allow_multiple_values: true
    required: false
    listens_to_filters: []
    ui_config:
      type: relative_timeframes
      display: inline
  - name: Region
    title: Region
    type: field_filter
    default_value: ''
    model: trail_audit
    explore: api_calls
    field: api_calls.region
    listens_to_filters: [Date]
    allow_multiple_values: true
    required: false
    ui_config:
      type: tag_list
      display: popover
      options: []
