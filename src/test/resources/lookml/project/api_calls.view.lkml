view: api_calls {
  sql_table_name: audit.api_calls ;;
  suggestions: no

  dimension: region {
    type: string
    sql: ${TABLE}.awsregion ;;
  }

  dimension: call_name {
    sql: ${TABLE}.eventname ;;
  }

  dimension: extra_data {
    hidden: yes
    sql: ${TABLE}.additionaleventdata;;
  }

  dimension: mfa_flag {
    description: "Whether a \"second factor\" was used \\ or not"
    sql: json_extract_scalar(${extra_data}, '$.MFAUsed') ;;
  }

  ## Demo-only geography: replace with a real lookup.
  dimension: country {
    map_layer_name: countries
    sql: CASE
           WHEN substr(${TABLE}.sourceipaddress, 1, 2) = '54' THEN 'China' -- a "guess"; not real
           WHEN substr(${TABLE}.sourceipaddress, 1, 2) = '50' THEN 'Japan' # hash is not a comment here
           ELSE 'United States of America'
         END ;;
  }

  dimension: caller {
    group_label: "Caller"
    sql: ${TABLE}.useridentity.username ;;
  }

  dimension: outcome {
    description: "Only meaningful for sign-ins"
    sql: CASE WHEN ${call_name} = 'ConsoleLogin' AND ${TABLE}.errormessage IS NULL THEN 'Success'
              WHEN ${call_name} = 'ConsoleLogin' THEN 'Failure' END ;;
  }

  dimension: has_error {
    hidden: yes
    sql: CASE WHEN ${TABLE}.errormessage IS NOT NULL THEN 'Error' ELSE 'No Error' END;;
  }

  dimension_group: called {
    type: time
    timeframes: [
      minute15,
      minute30,  # half hours
      hour,
      date,
      week,
      month,
      year,
      hour_of_day,
      day_of_week,
      month_name
    ]
    sql: from_iso8601_timestamp(${TABLE}.eventtime) ;;
    #   hidden: yes
  }

  measure: call_count {
    type: count
    drill_fields: [caller, call_name, region, call_count]
  }

  measure: error_count {
    type: count
    filters: {
      field: has_error ### errormessage is set on every failure
      value: "Error"
    }
    drill_fields: [caller, call_name, -region, detail*]
  }

  measure: failed_sign_ins {
    type: count
    filters: {
      field: call_name
      value: "ConsoleLogin"
    }
    filters: {
      field: has_error
      value: "Error"
    }
  }

  measure: denied_calls {
    type: count
    filters: [call_name: "-ConsoleLogin", has_error: "Error"]
  }

  measure: distinct_callers {
    type: count_distinct
    sql: ${caller} ;;
    value_format_name:decimal_0}

  measure: error_share {
    type: number
    label: "Errors As A Share Of Calls"
    sql: 1.00 * ${api_calls.error_count} / NULLIF(${api_calls.call_count},0);;
    value_format_name:percent_2
  }

  filter: name_filter {
    type: string
    sql: {% condition name_filter %} ${call_name} {% endcondition %} ;;
  }
}
