# Recurring errors, how people use the account, and who uses root.
- dashboard: operational_account_activity
  title: "Operational Account Activity"
  layout: newspaper
  elements:
  - name: "operational_account_activity"
    type: text
    title_text: "Operational Account Activity"
    body_text: |-
      Running AWS workloads well means knowing which errors recur, how administrators and other people work with
      the account, and who or what uses root. Every table follows the Date, Account and Region filters.
    row: 0
    col: 0
    width: 24
    height: 3

  - name: "top_errors_help"
    type: text
    title_text: "Top AWS Event Errors"
    body_text: |-
      **Use:** recurring errors point at a wrong policy, missing permissions of an application, or a change nobody
      announced. The table lists the most frequent errors in the selected time range.

      **Interpretation:** an error that repeats from one role often means a misconfigured alarm, bucket policy or job.
    row: 3
    col: 0
    width: 6
    height: 8

  - name: "Top AWS Event Errors"
    title: "Top AWS Event Errors"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.error_code, cloudtrail_logs.error_message, cloudtrail_logs.errors]
    filters:
      cloudtrail_logs.is_error: "yes"
    sorts: [cloudtrail_logs.errors desc]
    limit: 15
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 3
    col: 6
    width: 18
    height: 8

  - name: "Top IAM Users"
    title: "Top IAM Users"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.user_name, cloudtrail_logs.event_name, cloudtrail_logs.events]
    filters:
      cloudtrail_logs.user_type: "IAMUser"
    sorts: [cloudtrail_logs.events desc]
    limit: 15
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 11
    col: 0
    width: 18
    height: 8

  - name: "top_iam_users_help"
    type: text
    title_text: "Top IAM Users"
    body_text: |-
      **Use:** the most active IAM users and what they call.

      **Interpretation:** drill into a user to find calls from outside the usual network or outside working hours.
    row: 11
    col: 18
    width: 6
    height: 8

  - name: "root_activity_help"
    type: text
    title_text: "Root Activity"
    body_text: |-
      **Use:** how the root user is used in the selected time range, and what it does.

      **Interpretation:** whether root acted itself or an AWS service acted for it (Invoked By), and from where.
    row: 19
    col: 0
    width: 6
    height: 8

  - name: "Root Activity"
    title: "Root Activity"
    model: cloudtrail
    explore: cloudtrail_logs
    type: table
    fields: [cloudtrail_logs.event_name, cloudtrail_logs.invoked_by, cloudtrail_logs.source_ip_address, cloudtrail_logs.events]
    filters:
      cloudtrail_logs.user_type: "Root"
    sorts: [cloudtrail_logs.events desc]
    limit: 15
    listen:
      Date: cloudtrail_logs.event_time_time
      Account: account_names.account_name
      Region: cloudtrail_logs.aws_region
    row: 19
    col: 6
    width: 18
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
