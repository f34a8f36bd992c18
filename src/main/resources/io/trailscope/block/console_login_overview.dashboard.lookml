# Where console logins come from, who logs in, failures and logins without MFA (one failure rule everywhere).
- dashboard: console_login_overview
  title: "Console Login Overview"
  layout: newspaper
  elements:
  - name: "User Login Geolocation"
    title: "User Login Geolocation"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_geo_choropleth
    fields: [ip_geo.country_code, ip_geo.country, cloudtrail_logs.console_logins]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
      ip_geo.country_code: "-NULL"
    sorts: [cloudtrail_logs.console_logins desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    map: "world"
    map_plot_mode: "regions"
    show_legend: true
    row: 0
    col: 0
    width: 12
    height: 10

  - name: "Top User Logins (Top 10)"
    title: "Top User Logins (Top 10)"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.actor, cloudtrail_logs.successful_console_logins, cloudtrail_logs.failed_console_logins, cloudtrail_logs.console_logins]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
    sorts: [cloudtrail_logs.console_logins desc]
    limit: 10
    hidden_fields: [cloudtrail_logs.console_logins]
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: "normal"
    series_colors:
      cloudtrail_logs.successful_console_logins: "#1f3e5a"
      cloudtrail_logs.failed_console_logins: "#c0392b"
    row: 0
    col: 12
    width: 12
    height: 10

  - name: "Console Logins Over Time"
    title: "Console Logins Over Time"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.successful_console_logins, cloudtrail_logs.failed_console_logins]
    fill_fields: [cloudtrail_logs.event_time_date]
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    stacking: "normal"
    series_colors:
      cloudtrail_logs.successful_console_logins: "#1f3e5a"
      cloudtrail_logs.failed_console_logins: "#c0392b"
    row: 10
    col: 0
    width: 12
    height: 7

  - name: "Login User Count Over Time"
    title: "Login User Count Over Time"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.distinct_actors]
    fill_fields: [cloudtrail_logs.event_time_date]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.distinct_actors: "#1f3e5a"
    row: 10
    col: 12
    width: 12
    height: 7

  - name: "Logins from Multiple IP Addresses"
    title: "Logins from Multiple IP Addresses"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.actor, cloudtrail_logs.distinct_source_ips, cloudtrail_logs.console_logins]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
      ip_geo.ip_class: "public"
      cloudtrail_logs.distinct_source_ips: ">1"
    sorts: [cloudtrail_logs.distinct_source_ips desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 0
    width: 6
    height: 7

  - name: "Most Common IP Addresses"
    title: "Most Common IP Addresses"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.source_ip_address, ip_geo.country, ip_geo.city, cloudtrail_logs.console_logins]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
    sorts: [cloudtrail_logs.console_logins desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 6
    width: 6
    height: 7

  - name: "Logins without Multi-Factor Auth"
    title: "Logins without Multi-Factor Auth"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.actor, cloudtrail_logs.user_type, cloudtrail_logs.console_logins_without_mfa]
    filters:
      cloudtrail_logs.is_console_login_without_mfa: "yes"
    sorts: [cloudtrail_logs.console_logins_without_mfa desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 12
    width: 6
    height: 7

  - name: "Most Common Login Errors"
    title: "Most Common Login Errors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.error_message, cloudtrail_logs.failed_console_logins, cloudtrail_logs.distinct_actors]
    filters:
      cloudtrail_logs.console_login_outcome: "Failure"
    sorts: [cloudtrail_logs.failed_console_logins desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 18
    width: 6
    height: 7

  - name: "Login Locations"
    title: "Login Locations"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_map
    fields: [ip_geo.location, ip_geo.city, ip_geo.country, cloudtrail_logs.console_logins]
    filters:
      cloudtrail_logs.event_name: "ConsoleLogin"
      ip_geo.latitude: "NOT NULL"
    sorts: [cloudtrail_logs.console_logins desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    map_plot_mode: "points"
    map_marker_radius_mode: "proportional_value"
    map_position: "fit_data"
    row: 24
    col: 0
    width: 18
    height: 9

  - name: "geo_attribution"
    type: text
    title_text: "Geo-IP data"
    body_text: |-
      Geo-IP: [IP Geolocation by DB-IP](https://db-ip.com) (CC BY 4.0); AS numbers by [RouteViews](https://www.routeviews.org), the [NRO](https://www.nro.net) and DB-IP (CC BY 4.0). "Geo-IP unavailable" means this engine or build has no geo data (Trino/Athena, or a jar built without npm).
    row: 24
    col: 18
    width: 6
    height: 9
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
