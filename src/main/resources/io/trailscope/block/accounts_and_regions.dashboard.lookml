# Events by account and region over time, the busiest public source IPs with their country and network, and user agents.
- dashboard: accounts_and_regions
  title: "Accounts & Regions"
  layout: newspaper
  elements:
  - name: "Events by Account"
    title: "Events by Account"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [account_names.account_name, cloudtrail_logs.event_time_date, cloudtrail_logs.events]
    pivots: [account_names.account_name]
    fill_fields: [cloudtrail_logs.event_time_date]
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: "normal"
    row: 0
    col: 0
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
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: "normal"
    row: 0
    col: 12
    width: 12
    height: 8

  - name: "Accounts"
    title: "Accounts"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [account_names.account_name, cloudtrail_logs.account_id, cloudtrail_logs.events, cloudtrail_logs.errors, cloudtrail_logs.error_rate, cloudtrail_logs.distinct_actors, cloudtrail_logs.distinct_regions]
    sorts: [cloudtrail_logs.events desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 0
    width: 12
    height: 8

  - name: "Regions"
    title: "Regions"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.aws_region, cloudtrail_logs.events, cloudtrail_logs.errors, cloudtrail_logs.distinct_accounts, cloudtrail_logs.distinct_actors]
    sorts: [cloudtrail_logs.events desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 12
    width: 12
    height: 8

  - name: "Top Public Source IPs"
    title: "Top Public Source IPs"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.source_ip_address, ip_geo.country, ip_geo.city, ip_geo.asn, ip_geo.as_org, cloudtrail_logs.events, cloudtrail_logs.distinct_actors, cloudtrail_logs.errors]
    filters:
      ip_geo.ip_class: "public"
    sorts: [cloudtrail_logs.events desc]
    limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 16
    col: 0
    width: 24
    height: 9

  - name: "User Agent Families"
    title: "User Agent Families"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_pie
    fields: [cloudtrail_logs.user_agent_family, cloudtrail_logs.events]
    sorts: [cloudtrail_logs.events desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    inner_radius: 45
    value_labels: "legend"
    label_type: "labPer"
    row: 25
    col: 0
    width: 8
    height: 8

  - name: "User Agents"
    title: "User Agents"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.user_agent, cloudtrail_logs.user_agent_family, cloudtrail_logs.events, cloudtrail_logs.distinct_actors]
    sorts: [cloudtrail_logs.events desc]
    limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 25
    col: 8
    width: 16
    height: 8

  - name: "geo_attribution"
    type: text
    title_text: "Geo-IP data"
    body_text: |-
      Geo-IP: [IP Geolocation by DB-IP](https://db-ip.com) (CC BY 4.0); AS numbers by [RouteViews](https://www.routeviews.org), the [NRO](https://www.nro.net) and DB-IP (CC BY 4.0). "Geo-IP unavailable" means this engine or build has no geo data (Trino/Athena, or a jar built without npm).
    row: 33
    col: 0
    width: 24
    height: 2
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
