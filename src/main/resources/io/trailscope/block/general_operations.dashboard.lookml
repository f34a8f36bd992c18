# Activity over time across users, services and regions (the public block's first dashboard, defects fixed).
- dashboard: general_operations
  title: "General Operations"
  layout: newspaper
  elements:
  - name: "Top 10 Events"
    title: "Top 10 Events"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.events]
    sorts: [cloudtrail_logs.events desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.events: "#1f3e5a"
    show_value_labels: true
    row: 0
    col: 0
    width: 12
    height: 8

  - name: "Top Events (Full Detail)"
    title: "Top Events (Full Detail)"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.events, cloudtrail_logs.distinct_actors, cloudtrail_logs.access_denied_events, cloudtrail_logs.error_rate]
    sorts: [cloudtrail_logs.events desc]
    limit: 100
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    show_row_numbers: true
    row: 0
    col: 12
    width: 12
    height: 8

  - name: "Events by Source"
    title: "Events by Source"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_source, cloudtrail_logs.events]
    sorts: [cloudtrail_logs.event_source]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.events: "#1f3e5a"
    x_axis_label_rotation: -45
    row: 8
    col: 0
    width: 12
    height: 8

  - name: "Events by Hour of Day, Day of Week"
    title: "Events by Hour of Day, Day of Week"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_line
    fields: [cloudtrail_logs.event_time_hour_of_day, cloudtrail_logs.event_time_day_of_week, cloudtrail_logs.events]
    pivots: [cloudtrail_logs.event_time_day_of_week]
    fill_fields: [cloudtrail_logs.event_time_hour_of_day, cloudtrail_logs.event_time_day_of_week]
    sorts: [cloudtrail_logs.event_time_day_of_week, cloudtrail_logs.event_time_hour_of_day]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: ""
    point_style: "none"
    row: 8
    col: 12
    width: 12
    height: 8

  - name: "Events by Region"
    title: "Events by Region"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_area
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.aws_region, cloudtrail_logs.events]
    pivots: [cloudtrail_logs.aws_region]
    fill_fields: [cloudtrail_logs.event_time_date]
    sorts: [cloudtrail_logs.event_time_date, cloudtrail_logs.aws_region]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: "normal"
    row: 16
    col: 0
    width: 12
    height: 8

  - name: "EC2 Instance Changes"
    title: "EC2 Instance Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_line
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.event_name, cloudtrail_logs.events]
    pivots: [cloudtrail_logs.event_name]
    fill_fields: [cloudtrail_logs.event_time_date]
    filters:
      cloudtrail_logs.event_name: "RunInstances,StartInstances,StopInstances,TerminateInstances"
    sorts: [cloudtrail_logs.event_time_date, cloudtrail_logs.event_name]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: ""
    point_style: "circle"
    row: 16
    col: 12
    width: 12
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
