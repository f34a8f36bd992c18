- dashboard: opertions
  title: Opertions
  layout: newspaper
  elements:
  - name: counted
    title: Counted
    model: audit
    explore: trail
    type: table
    fields: [trail.failure_text, trail.rows]
    filters:
    sorts: [trail.rows desc]
    dynamic_fields:
    - table_calculation: copy_of_rows
      label: Copy of Rows
      expression: "${trail.rows}"
    - table_calculation: people
      label: People
      expression: "${trail.count_of_people}"
    hidden_fields: [trail.rows, trail.count_of_people]
    series_types:
      copy_of_rows: line
    listen:
      When: trail.seen_date
  - name: people chart
    title: People Chart
    model: audit
    explore: trail
    type: looker_column
    fields: [trail.seen_date, trail.rows]
    sorts: [trail.seen_date desc]
    series_colors:
      trail.count_of_people: "#123456"
      trail.rows: "#654321"
      stale_series: "#000000"
    series_types:
      ratio_of_things: line
    label: A stray label
    y_axes:
    - series:
      - id: trail.rows
        __FILE: audit/ops.dashboard.lookml
        __LINE_NUM: 40
      __FILE: audit/ops.dashboard.lookml
  - name: by action
    title: By Action
    model: audit
    explore: trail
    type: table
    fields: [trail.action, trail.caller, trail.nic]
    sorts: [trail.actionname]
    listen:
      When: trail.seen_date
      Text A: trail.action
      Text B: trail.action
  - name: addresses
    title: Addresses
    model: audit
    explore: trail
    type: table
    fields: [trail.region, trail.rows]
    sorts: [trail.row_count desc]
    filters:
      trail.region: ''
  - name: week
    title: Week
    model: audit
    explore: trail
    type: looker_line
    fields: [trail.seen_hour_of_day, trail.seen_day_of_week, trail.rows]
    pivots: [trail.seen_day_of_week]
    fill_fields: [trail.seen_hour_of_day, trail.seen_day_of_week]
    sorts: [trail.seen_day_of_week 0, trail.seen_hour_of_day]
    series_colors:
      Monday: "#111111"
  - name: note
    type: text
    title_text: Note
    body_text: Covers the year so far (it follows the When filter).
  - name: pie
    title: Pie
    model: audit
    explore: trail
    type: looker_pie
    fields: [trail.region, trail.rows]
    series_colors:
      us-east-1: "#222222"
  filters:
  - name: When
    title: When
    type: date_filter
    default_value: 2 days
    model: audit
    explore: trail
    field: trail.event_day
    listens_to_filters: []
    allow_multiple_values: true
  - name: Text A
    title: Text A
    type: field_filter
    default_value: "%a%"
    model: audit
    explore: trail
    field: trail.action
  - name: Text B
    title: Text B
    type: field_filter
    default_value: "%b%"
    model: audit
    explore: trail
    field: trail.action
