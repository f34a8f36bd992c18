# Key numbers, the CIS AWS Foundations 3.x monitoring checks, AccessDenied analysis and world-open security groups.
- dashboard: security_overview
  title: "Security Overview"
  layout: newspaper
  elements:
  - name: "Events"
    title: "Events"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.events]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 0
    width: 4
    height: 3

  - name: "Error Rate"
    title: "Error Rate"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.error_rate]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 4
    width: 4
    height: 3

  - name: "Actors"
    title: "Actors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.distinct_actors]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 8
    width: 4
    height: 3

  - name: "Accounts"
    title: "Accounts"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.distinct_accounts]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 12
    width: 4
    height: 3

  - name: "Root Events"
    title: "Root Events"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.root_events]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 16
    width: 4
    height: 3

  - name: "Console Logins without MFA"
    title: "Console Logins without MFA"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.console_logins_without_mfa]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 0
    col: 20
    width: 4
    height: 3

  - name: "cis_help"
    type: text
    title_text: "CIS AWS Foundations monitoring (3.x)"
    body_text: |-
      Each count below is one CIS 3.x monitoring check over the selected time range; click a number for the events.
      Zero is the goal for most of them.
    row: 3
    col: 0
    width: 24
    height: 2

  - name: "3.1 Unauthorized API Calls"
    title: "3.1 Unauthorized API Calls"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_unauthorized_api_calls]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 5
    col: 0
    width: 8
    height: 3

  - name: "3.2 Console Logins without MFA"
    title: "3.2 Console Logins without MFA"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_console_logins_without_mfa]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 5
    col: 8
    width: 8
    height: 3

  - name: "3.3 Root Account Use"
    title: "3.3 Root Account Use"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_root_uses]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 5
    col: 16
    width: 8
    height: 3

  - name: "3.4 IAM Policy Changes"
    title: "3.4 IAM Policy Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_iam_policy_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 0
    width: 8
    height: 3

  - name: "3.5 CloudTrail Configuration Changes"
    title: "3.5 CloudTrail Configuration Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_cloudtrail_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 8
    width: 8
    height: 3

  - name: "3.6 Console Login Failures"
    title: "3.6 Console Login Failures"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_console_login_failures]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 8
    col: 16
    width: 8
    height: 3

  - name: "3.7 KMS Keys Disabled or Scheduled for Deletion"
    title: "3.7 KMS Keys Disabled or Scheduled for Deletion"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_kms_key_disables_or_deletions]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 11
    col: 0
    width: 8
    height: 3

  - name: "3.8 S3 Bucket Policy Changes"
    title: "3.8 S3 Bucket Policy Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_s3_bucket_policy_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 11
    col: 8
    width: 8
    height: 3

  - name: "3.9 AWS Config Changes"
    title: "3.9 AWS Config Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_config_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 11
    col: 16
    width: 8
    height: 3

  - name: "3.10 Security Group Changes"
    title: "3.10 Security Group Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_security_group_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 14
    col: 0
    width: 8
    height: 3

  - name: "3.11 Network ACL Changes"
    title: "3.11 Network ACL Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_nacl_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 14
    col: 8
    width: 8
    height: 3

  - name: "3.12 Network Gateway Changes"
    title: "3.12 Network Gateway Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_network_gateway_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 14
    col: 16
    width: 8
    height: 3

  - name: "3.13 Route Table Changes"
    title: "3.13 Route Table Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_route_table_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 0
    width: 8
    height: 3

  - name: "3.14 VPC Changes"
    title: "3.14 VPC Changes"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.cis_vpc_changes]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 8
    width: 8
    height: 3

  - name: "Rules Opened to the World"
    title: "Rules Opened to the World"
    model: cloudtrail
    explore: cloudtrail_logs
    type: single_value
    fields: [cloudtrail_logs.security_groups_opened_to_world]
    limit: 1
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 17
    col: 16
    width: 8
    height: 3

  - name: "Access Denied by Actor"
    title: "Access Denied by Actor"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.actor, cloudtrail_logs.access_denied_events]
    filters:
      cloudtrail_logs.is_access_denied: "yes"
    sorts: [cloudtrail_logs.access_denied_events desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.access_denied_events: "#c0392b"
    row: 20
    col: 0
    width: 8
    height: 8

  - name: "Access Denied by Service"
    title: "Access Denied by Service"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.event_source, cloudtrail_logs.access_denied_events]
    filters:
      cloudtrail_logs.is_access_denied: "yes"
    sorts: [cloudtrail_logs.access_denied_events desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.access_denied_events: "#c0392b"
    row: 20
    col: 8
    width: 8
    height: 8

  - name: "Access Denied by Action"
    title: "Access Denied by Action"
    model: cloudtrail
    explore: cloudtrail_logs
    type: looker_bar
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.access_denied_events]
    filters:
      cloudtrail_logs.is_access_denied: "yes"
    sorts: [cloudtrail_logs.access_denied_events desc]
    limit: 10
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    series_colors:
      cloudtrail_logs.access_denied_events: "#c0392b"
    row: 20
    col: 16
    width: 8
    height: 8

  - name: "Security Groups Opened to 0.0.0.0/0"
    title: "Security Groups Opened to 0.0.0.0/0"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_time_time, cloudtrail_logs.actor, cloudtrail_logs.account_id, cloudtrail_logs.security_group, cloudtrail_logs.sg_protocol, cloudtrail_logs.sg_port_range, cloudtrail_logs.sg_cidr, cloudtrail_logs.source_ip_address, cloudtrail_logs.event_id]
    filters:
      cloudtrail_logs.opened_to_world: "yes"
    sorts: [cloudtrail_logs.event_time_time desc]
    limit: 500
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 28
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
