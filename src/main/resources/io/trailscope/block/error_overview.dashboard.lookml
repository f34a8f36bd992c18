# The most common errors by user, role, service and event (the public block's "Error Overivew", title fixed).
- dashboard: error_overview
  title: "Error Overview"
  layout: newspaper
  elements:
  - name: "Errors and Events Over Time"
    title: "Errors and Events Over Time"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.events, cloudtrail_logs.errors, cloudtrail_logs.error_rate]
    fill_fields: [cloudtrail_logs.event_time_date]
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_types:
      cloudtrail_logs.error_rate: "line"
    series_colors:
      cloudtrail_logs.events: "#1f3e5a"
      cloudtrail_logs.errors: "#c0392b"
      cloudtrail_logs.error_rate: "#a9c574"
    y_axes:
    - label: "Events and errors"
      orientation: "left"
      series:
      - id: "cloudtrail_logs.events"
      - id: "cloudtrail_logs.errors"
    - label: "Error rate"
      orientation: "right"
      series:
      - id: "cloudtrail_logs.error_rate"
    row: 0
    col: 0
    width: 24
    height: 8

  - name: "Errors by User Type"
    title: "Errors by User Type"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_pie
    fields: [cloudtrail_logs.user_type, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
    sorts: [cloudtrail_logs.errors desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    inner_radius: 45
    value_labels: "legend"
    label_type: "labPer"
    row: 8
    col: 0
    width: 8
    height: 7

  - name: "Errors by Source"
    title: "Errors by Source"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_source, cloudtrail_logs.errors, cloudtrail_logs.error_rate]
    filters:
      cloudtrail_logs.errors: ">0"
    sorts: [cloudtrail_logs.errors desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 8
    width: 8
    height: 7

  - name: "Top Assumed Roles by Errors"
    title: "Top Assumed Roles by Errors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.assumed_role_name, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
      cloudtrail_logs.assumed_role_name: "-NULL"
    sorts: [cloudtrail_logs.errors desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.errors: "#1f3e5a"
    x_axis_label_rotation: -30
    row: 8
    col: 16
    width: 8
    height: 7

  - name: "Top Events with Errors"
    title: "Top Events with Errors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
    sorts: [cloudtrail_logs.errors desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.errors: "#1f3e5a"
    row: 15
    col: 0
    width: 12
    height: 10

  - name: "Top Error Codes"
    title: "Top Error Codes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.error_code, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
      cloudtrail_logs.error_code: "-NULL"
    sorts: [cloudtrail_logs.errors desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.errors: "#1f3e5a"
    row: 15
    col: 12
    width: 12
    height: 10

  - name: "Assumed Role Errors (Full Detail)"
    title: "Assumed Role Errors (Full Detail)"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.assumed_role_name, cloudtrail_logs.event_name, cloudtrail_logs.error_code, cloudtrail_logs.error_message, cloudtrail_logs.event_source, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
      cloudtrail_logs.assumed_role_name: "-NULL"
    sorts: [cloudtrail_logs.errors desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 25
    col: 0
    width: 24
    height: 8
  filters:
  - name: Date
    title: "Date"
    type: date_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
  - name: Account
    title: "Account"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: account_names.account_name
  - name: Region
    title: "Region"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.aws_region
