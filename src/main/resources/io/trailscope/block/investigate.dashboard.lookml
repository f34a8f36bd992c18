# Follow one actor, IP, access key, event or resource: a timeline, the matching events (click an event id for the raw JSON).
- dashboard: investigate
  title: "Investigate"
  layout: newspaper
  elements:
  - name: "investigate_help"
    type: text
    title_text: "Investigate"
    body_text: |-
      Set any filters above (they combine): an actor, a source IP, an access key id, an event id, an event name, or
      part of a resource name or ARN in **Resource** (for example `%my-bucket%`). Click an event id to open the raw event.
    row: 0
    col: 0
    width: 24
    height: 2

  - name: "Timeline"
    title: "Timeline"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_time_hour, cloudtrail_logs.event_outcome, cloudtrail_logs.events]
    pivots: [cloudtrail_logs.event_outcome]
    sorts: [cloudtrail_logs.event_time_hour]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Actor: cloudtrail_logs.actor
      Source IP: cloudtrail_logs.source_ip_address
      Access Key: cloudtrail_logs.access_key_id
      Event ID: cloudtrail_logs.event_id
      Event Name: cloudtrail_logs.event_name
      Resource: cloudtrail_logs.resource_text
    stacking: "normal"
    series_colors:
      Success: "#1f3e5a"
      Failure: "#c0392b"
    row: 2
    col: 0
    width: 24
    height: 7

  - name: "Matching Events"
    title: "Matching Events"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_time_time, cloudtrail_logs.event_id, cloudtrail_logs.actor, cloudtrail_logs.user_type, cloudtrail_logs.account_id, cloudtrail_logs.aws_region, cloudtrail_logs.event_source, cloudtrail_logs.event_name, cloudtrail_logs.source_ip_address, ip_geo.country, cloudtrail_logs.access_key_id, cloudtrail_logs.error_code, cloudtrail_logs.first_resource_arn, cloudtrail_logs.user_agent_family]
    sorts: [cloudtrail_logs.event_time_time desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Actor: cloudtrail_logs.actor
      Source IP: cloudtrail_logs.source_ip_address
      Access Key: cloudtrail_logs.access_key_id
      Event ID: cloudtrail_logs.event_id
      Event Name: cloudtrail_logs.event_name
      Resource: cloudtrail_logs.resource_text
    row: 9
    col: 0
    width: 24
    height: 12

  - name: "Actors"
    title: "Actors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.actor, cloudtrail_logs.user_type, cloudtrail_logs.events, cloudtrail_logs.errors]
    sorts: [cloudtrail_logs.events desc]
    limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Actor: cloudtrail_logs.actor
      Source IP: cloudtrail_logs.source_ip_address
      Access Key: cloudtrail_logs.access_key_id
      Event ID: cloudtrail_logs.event_id
      Event Name: cloudtrail_logs.event_name
      Resource: cloudtrail_logs.resource_text
    row: 21
    col: 0
    width: 8
    height: 8

  - name: "Source IPs"
    title: "Source IPs"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.source_ip_address, cloudtrail_logs.ip_class, ip_geo.country, ip_geo.as_org, cloudtrail_logs.events]
    sorts: [cloudtrail_logs.events desc]
    limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Actor: cloudtrail_logs.actor
      Source IP: cloudtrail_logs.source_ip_address
      Access Key: cloudtrail_logs.access_key_id
      Event ID: cloudtrail_logs.event_id
      Event Name: cloudtrail_logs.event_name
      Resource: cloudtrail_logs.resource_text
    row: 21
    col: 8
    width: 8
    height: 8

  - name: "Events"
    title: "Events"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_source, cloudtrail_logs.event_name, cloudtrail_logs.events, cloudtrail_logs.errors]
    sorts: [cloudtrail_logs.events desc]
    limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Actor: cloudtrail_logs.actor
      Source IP: cloudtrail_logs.source_ip_address
      Access Key: cloudtrail_logs.access_key_id
      Event ID: cloudtrail_logs.event_id
      Event Name: cloudtrail_logs.event_name
      Resource: cloudtrail_logs.resource_text
    row: 21
    col: 16
    width: 8
    height: 8

  - name: "geo_attribution"
    type: text
    title_text: "Geo-IP data"
    body_text: |-
      Geo-IP: [IP Geolocation by DB-IP](https://db-ip.com) (CC BY 4.0); AS numbers by [RouteViews](https://www.routeviews.org), the [NRO](https://www.nro.net) and DB-IP (CC BY 4.0). "Geo-IP unavailable" means this engine or build has no geo data (Trino/Athena, or a jar built without npm).
    row: 29
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
  - name: Actor
    title: "Actor"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.actor
  - name: Source IP
    title: "Source IP"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.source_ip_address
  - name: Access Key
    title: "Access Key"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.access_key_id
  - name: Event ID
    title: "Event ID"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.event_id
  - name: Event Name
    title: "Event Name"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.event_name
  - name: Resource
    title: "Resource"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.resource_text
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
