- dashboard: overview
  title: Overview
  layout: newspaper
  elements:
  - name: by_event
    title: By Event
    model: trail
    explore: events
    type: table
    fields: [events.event_name, events.count]
    filters:
      events.event_time_date: 1 years
    sorts: [events.count desc, events.event_name]
    listen:
      Date: events.event_time_date
  - name: security
    title: Security Changes
    model: trail
    explore: events
    type: table
    fields: [events.event_name, events.user_name]
    listen:
      Group: events.request_parameters
      Nic: events.request_parameters
      Date: events.event_time_date
  - name: broken
    title: Broken
    model: trail
    explore: events
    type: table
    fields: [events.event_name, events.nope]
  - name: rates
    title: Rates
    model: trail
    explore: events
    type: table
    fields: [events.event_source, events.count, events.errors]
    sorts: [events.event_source]
    hidden_fields: [events.errors]
    dynamic_fields:
    - table_calculation: error_share
      label: Error Share
      expression: "${events.errors} / ${events.count}"
  - name: week
    title: Week
    model: trail
    explore: events
    type: looker_line
    fields: [events.event_time_hour_of_day, events.event_time_day_of_week, events.count]
    pivots: [events.event_time_day_of_week]
    fill_fields: [events.event_time_hour_of_day]
    sorts: [events.event_time_day_of_week 0, events.event_time_hour_of_day]
    query_timezone: America/Los_Angeles
  - name: note
    type: text
    title_text: About
    body_text: Counts of CloudTrail events.
  filters:
  - name: Date
    title: Date
    type: date_filter
    default_value: 7 days
  - name: Group
    title: Security Group
    type: field_filter
    default_value: "%sg-%"
    model: trail
    explore: events
    field: events.request_parameters
  - name: Nic
    title: Network ID
    type: field_filter
    default_value: "%eni-%"
    model: trail
    explore: events
    field: events.request_parameters
