# Console logins per actor over all time (no date filter: a derived table is computed whole).
# The actor and console-login-outcome expressions repeat cloudtrail_logs.actor and
# cloudtrail_logs.console_login_outcome exactly (a derived table cannot refer to fields);
# TestBlockRules checks that the two agree.
view: user_login_facts {
  label: "Console Login Facts"
  derived_table: {
    sql:
      SELECT
        login.actor AS actor,
        MIN(login.user_type) AS user_type,
        COUNT(*) AS console_logins,
        SUM(CASE WHEN login.outcome = 'Success' THEN 1 ELSE 0 END) AS successful_logins,
        SUM(CASE WHEN login.outcome = 'Failure' THEN 1 ELSE 0 END) AS failed_logins,
        SUM(CASE WHEN login.outcome = 'Success' AND COALESCE(login.mfa_used, 'No') <> 'Yes'
          AND COALESCE(login.user_type, '') IN ('IAMUser', 'Root') THEN 1 ELSE 0 END) AS logins_without_mfa,
        COUNT(DISTINCT login.source_ip) AS source_ips,
        MIN(login.event_timestamp) AS first_login_at,
        MAX(login.event_timestamp) AS last_login_at,
        MAX(CASE WHEN login.outcome = 'Failure' THEN login.event_timestamp END) AS last_failed_login_at
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
          e.useridentity.type AS user_type,
          e.sourceipaddress AS source_ip,
          e.event_timestamp AS event_timestamp,
          json_extract_scalar(e.additionaleventdata, '$.MFAUsed') AS mfa_used,
          CASE
            WHEN json_extract_scalar(e.responseelements, '$.ConsoleLogin') IN ('Success', 'Failure')
              THEN json_extract_scalar(e.responseelements, '$.ConsoleLogin')
            WHEN (COALESCE(e.errorcode, '') <> '' AND e.errorcode <> '200') OR COALESCE(e.errormessage, '') <> '' THEN 'Failure'
            ELSE 'Success'
          END AS outcome
        FROM ${cloudtrail_logs.SQL_TABLE_NAME} AS e
        WHERE e.eventname = 'ConsoleLogin'
      ) AS login
      GROUP BY login.actor ;;
  }

  dimension: actor {
    primary_key: yes
    label: "Actor"
    description: "Who logged in (the same rule as CloudTrail Events > Actor)."
    sql: ${TABLE}.actor ;;
  }

  dimension: user_type {
    label: "Identity Type"
    sql: ${TABLE}.user_type ;;
  }

  dimension: console_logins {
    type: number
    label: "Console Logins (all time)"
    sql: ${TABLE}.console_logins ;;
  }

  dimension: successful_logins {
    type: number
    label: "Successful Logins (all time)"
    sql: ${TABLE}.successful_logins ;;
  }

  dimension: failed_logins {
    type: number
    label: "Failed Logins (all time)"
    description: "Failures by the one rule: responseElements.ConsoleLogin = Failure, or an error where that is absent."
    sql: ${TABLE}.failed_logins ;;
  }

  dimension: logins_without_mfa {
    type: number
    label: "Logins Without MFA (all time)"
    sql: ${TABLE}.logins_without_mfa ;;
  }

  dimension: source_ips {
    type: number
    label: "Login Source IPs (all time)"
    sql: ${TABLE}.source_ips ;;
  }

  dimension_group: first_login {
    type: time
    label: "First Login"
    timeframes: [raw, time, date, week, month]
    datatype: timestamp
    sql: ${TABLE}.first_login_at ;;
  }

  dimension_group: last_login {
    type: time
    label: "Last Login"
    timeframes: [raw, time, date, week, month]
    datatype: timestamp
    sql: ${TABLE}.last_login_at ;;
  }

  dimension_group: last_failed_login {
    type: time
    label: "Last Failed Login"
    timeframes: [raw, time, date, week, month]
    datatype: timestamp
    sql: ${TABLE}.last_failed_login_at ;;
  }

  measure: actors {
    type: count
    label: "Actors Who Logged In"
    drill_fields: [login_events*]
  }

  measure: total_console_logins {
    type: sum
    label: "Total Console Logins"
    sql: ${console_logins} ;;
    value_format_name: decimal_0
    drill_fields: [login_events*]
  }

  measure: total_successful_logins {
    type: sum
    label: "Total Successful Logins"
    sql: ${successful_logins} ;;
    value_format_name: decimal_0
    drill_fields: [login_events*]
  }

  measure: total_failed_logins {
    type: sum
    label: "Total Failed Logins"
    sql: ${failed_logins} ;;
    value_format_name: decimal_0
    drill_fields: [login_events*]
  }

  measure: total_logins_without_mfa {
    type: sum
    label: "Total Logins Without MFA"
    sql: ${logins_without_mfa} ;;
    value_format_name: decimal_0
    drill_fields: [login_events*]
  }

  set: detail {
    fields: [actor, user_type, console_logins, successful_logins, failed_logins, logins_without_mfa, source_ips,
      first_login_time, last_login_time]
  }

  set: login_events {
    fields: [actor, cloudtrail_logs.event_id, cloudtrail_logs.event_time_time, cloudtrail_logs.source_ip_address,
      cloudtrail_logs.console_login_outcome, cloudtrail_logs.mfa_used, cloudtrail_logs.error_message]
  }
}
