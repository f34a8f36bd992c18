# Source IPs per actor over all time, with no limit (the public block kept only the top 50).
# The actor and IP-class expressions repeat cloudtrail_logs.actor and cloudtrail_logs.ip_class
# exactly (a derived table cannot refer to fields); TestBlockRules checks that they agree.
view: user_ip_facts {
  label: "Source IP Facts"
  derived_table: {
    sql:
      SELECT
        src.actor AS actor,
        COUNT(DISTINCT src.source_ip) AS source_ips,
        COUNT(DISTINCT CASE WHEN src.ip_class = 'public' THEN src.source_ip END) AS public_ips,
        COUNT(DISTINCT CASE WHEN src.ip_class = 'public' AND src.event_name = 'ConsoleLogin' THEN src.source_ip END) AS public_login_ips,
        SUM(CASE WHEN src.event_name = 'ConsoleLogin' THEN 1 ELSE 0 END) AS console_logins,
        MIN(src.event_timestamp) AS first_seen_at,
        MAX(src.event_timestamp) AS last_seen_at
      FROM (
        SELECT
          CASE e.useridentity.type
          WHEN 'IAMUser' THEN COALESCE(NULLIF(e.useridentity.username, ''), NULLIF(e.useridentity.principalid, ''), 'unknown IAM user')
          WHEN 'AssumedRole' THEN COALESCE(NULLIF(split_part(e.useridentity.arn, ':assumed-role/', 2), ''),
          NULLIF(e.useridentity.sessioncontext.sessionissuer.username, ''), NULLIF(e.useridentity.principalid, ''), 'unknown role')
          WHEN 'Root' THEN 'root (' || COALESCE(NULLIF(e.useridentity.accountid, ''), NULLIF(e.recipientaccountid, ''), 'unknown account') || ')'
          WHEN 'AWSService' THEN COALESCE(NULLIF(e.useridentity.invokedby, ''), NULLIF(e.useridentity.principalid, ''), e.eventsource, 'AWS service')
          WHEN 'FederatedUser' THEN COALESCE(NULLIF(split_part(e.useridentity.arn, ':federated-user/', 2), ''), NULLIF(e.useridentity.principalid, ''), 'unknown federated user')
          WHEN 'SAMLUser' THEN COALESCE(NULLIF(e.useridentity.username, ''), NULLIF(e.useridentity.principalid, ''), 'unknown SAML user')
          WHEN 'WebIdentityUser' THEN COALESCE(NULLIF(e.useridentity.username, ''), NULLIF(e.useridentity.principalid, ''), 'unknown web identity user')
          WHEN 'IdentityCenterUser' THEN COALESCE(NULLIF(e.useridentity.onbehalfof.userid, ''), NULLIF(e.useridentity.username, ''), NULLIF(e.useridentity.principalid, ''), 'unknown Identity Center user')
          WHEN 'AWSAccount' THEN 'account ' || COALESCE(NULLIF(e.useridentity.accountid, ''), NULLIF(e.useridentity.principalid, ''), 'unknown')
          ELSE COALESCE(NULLIF(e.useridentity.username, ''), NULLIF(e.useridentity.arn, ''), NULLIF(e.useridentity.principalid, ''),
          NULLIF(e.useridentity.invokedby, ''), 'unknown')
          END AS actor,
          e.sourceipaddress AS source_ip,
          e.eventname AS event_name,
          e.event_timestamp AS event_timestamp,
          CASE
          WHEN e.sourceipaddress IS NULL OR e.sourceipaddress = '' THEN 'invalid'
          WHEN e.sourceipaddress = 'AWS Internal' THEN 'aws_internal'
          WHEN regexp_like(e.sourceipaddress, '(?i)^([a-z0-9-]+\.)+(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$') THEN 'aws_service_host'
          WHEN regexp_like(e.sourceipaddress, '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$') THEN
          CASE WHEN regexp_like(e.sourceipaddress, '^(0\.|10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2[0-9]|3[01])\.|100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\.|192\.0\.[02]\.|198\.51\.100\.|203\.0\.113\.|198\.1[89]\.|2(2[4-9]|[3-4][0-9]|5[0-5])\.)')
          THEN 'private' ELSE 'public' END
          WHEN regexp_like(e.sourceipaddress, '(?i)^([0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}|([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?::([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?)$') THEN
          CASE WHEN regexp_like(e.sourceipaddress, '(?i)^(f[cd][0-9a-f]{2}:|fe[89ab][0-9a-f]:|2001:0?db8:|::1?$)')
          THEN 'private' ELSE 'public' END
          ELSE 'invalid'
          END AS ip_class
        FROM ${cloudtrail_logs.SQL_TABLE_NAME} AS e
      ) AS src
      GROUP BY src.actor ;;
  }

  dimension: actor {
    primary_key: yes
    label: "Actor"
    description: "The same rule as CloudTrail Events > Actor."
    sql: ${TABLE}.actor ;;
  }

  dimension: source_ips {
    type: number
    label: "Source IP Values (all time)"
    description: "Distinct sourceIPAddress values of any class."
    sql: ${TABLE}.source_ips ;;
  }

  dimension: public_ips {
    type: number
    label: "Public Source IPs (all time)"
    sql: ${TABLE}.public_ips ;;
  }

  dimension: public_login_ips {
    type: number
    label: "Public Console Login IPs (all time)"
    sql: ${TABLE}.public_login_ips ;;
  }

  dimension: console_logins {
    type: number
    label: "Console Logins (all time)"
    sql: ${TABLE}.console_logins ;;
  }

  dimension: has_multiple_login_ips {
    type: yesno
    label: "Logs In From Several Public IPs"
    sql: ${TABLE}.public_login_ips > 1 ;;
  }

  dimension_group: first_seen {
    type: time
    label: "First Seen"
    timeframes: [raw, time, date, week, month]
    datatype: timestamp
    sql: ${TABLE}.first_seen_at ;;
  }

  dimension_group: last_seen {
    type: time
    label: "Last Seen"
    timeframes: [raw, time, date, week, month]
    datatype: timestamp
    sql: ${TABLE}.last_seen_at ;;
  }

  measure: actors {
    type: count
    label: "Actors"
    drill_fields: [ip_events*]
  }

  measure: total_public_ips {
    type: sum
    label: "Public Source IPs (sum over actors)"
    sql: ${public_ips} ;;
    value_format_name: decimal_0
    drill_fields: [ip_events*]
  }

  measure: total_public_login_ips {
    type: sum
    label: "Public Login IPs (sum over actors)"
    sql: ${public_login_ips} ;;
    value_format_name: decimal_0
    drill_fields: [ip_events*]
  }

  set: detail {
    fields: [actor, source_ips, public_ips, public_login_ips, console_logins, first_seen_time, last_seen_time]
  }

  set: ip_events {
    fields: [actor, cloudtrail_logs.event_id, cloudtrail_logs.event_time_time, cloudtrail_logs.source_ip_address,
      cloudtrail_logs.ip_class, cloudtrail_logs.event_name]
  }
}
