# Security group and network interface changes around an incident, with the rules parsed from requestParameters.
- dashboard: ec2_security_group_modifications
  title: "EC2 Security Group Modifications"
  layout: newspaper
  elements:
  - name: "identify_modifications"
    type: text
    title_text: "How do I identify security group modifications?"
    body_text: |-
      When an instance misbehaves (a CPU alarm fires, traffic looks odd), first check whether its security groups
      changed: a new group, or a new ingress rule that lets more traffic in. Look up the instance's security groups
      and network interface IDs in the EC2 console, then use the filters above.
    row: 0
    col: 0
    width: 12
    height: 5

  - name: "what_the_table_tells"
    type: text
    title_text: "What does the table below tell me?"
    body_text: |-
      Every security group change and network interface group change in the Date window. Put the group id (sg-...)
      in **Security Group** and the interface id (eni-...) in **Network Interface ID**, and set **Date** to start a few
      hours before the alarm, so recent changes show first. Click a row's event id to read the raw event.
    row: 0
    col: 12
    width: 12
    height: 5

  - name: "Security Group Modifications"
    title: "Security Group Modifications"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_time_time, cloudtrail_logs.actor, cloudtrail_logs.event_name, cloudtrail_logs.security_group, cloudtrail_logs.network_interface_id, cloudtrail_logs.sg_protocol, cloudtrail_logs.sg_port_range, cloudtrail_logs.sg_cidr, cloudtrail_logs.sg_source_group, cloudtrail_logs.opened_to_world, cloudtrail_logs.source_ip_address, cloudtrail_logs.event_id]
    filters:
      cloudtrail_logs.is_network_access_change: "yes"
    sorts: [cloudtrail_logs.event_time_time desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Security Group: cloudtrail_logs.security_group
      Network Interface ID: cloudtrail_logs.network_interface_id
    row: 5
    col: 0
    width: 24
    height: 10

  - name: "Security Group Changes Over Time"
    title: "Security Group Changes Over Time"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_column
    fields: [cloudtrail_logs.event_time_date, cloudtrail_logs.event_name, cloudtrail_logs.events]
    pivots: [cloudtrail_logs.event_name]
    fill_fields: [cloudtrail_logs.event_time_date]
    filters:
      cloudtrail_logs.is_network_access_change: "yes"
    sorts: [cloudtrail_logs.event_time_date]
    limit: 500
    column_limit: 50
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Security Group: cloudtrail_logs.security_group
      Network Interface ID: cloudtrail_logs.network_interface_id
    stacking: "normal"
    row: 15
    col: 0
    width: 12
    height: 8

  - name: "Rules Opened to the World"
    title: "Rules Opened to the World"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_time_time, cloudtrail_logs.actor, cloudtrail_logs.security_group, cloudtrail_logs.sg_protocol, cloudtrail_logs.sg_port_range, cloudtrail_logs.sg_cidr, cloudtrail_logs.event_id]
    filters:
      cloudtrail_logs.opened_to_world: "yes"
    sorts: [cloudtrail_logs.event_time_time desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
      Security Group: cloudtrail_logs.security_group
      Network Interface ID: cloudtrail_logs.network_interface_id
    row: 15
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
  - name: Security Group
    title: "Security Group"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.security_group
  - name: Network Interface ID
    title: "Network Interface ID"
    type: field_filter
    default_value: ""
    allow_multiple_values: true
    listens_to_filters: []
    model: cloudtrail
    explore: cloudtrail_logs
    field: cloudtrail_logs.network_interface_id
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
