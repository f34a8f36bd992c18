view: trail {
  sql_table_name: warehouse.trail ;;
  suggestions: no

  dimension: action { type: string sql: ${TABLE}.eventname ;; }
  dimension: region { sql: ${TABLE}.awsregion ;; }
  dimension: caller { group_label: "Who" sql: ${TABLE}.useridentity.username ;; }
  dimension: caller_kind { group_label: "Who" sql: ${TABLE}.useridentity.type ;; }
  dimension: failure_text { sql: ${TABLE}.errormessage ;; }
  dimension: failure_code { sql: ${TABLE}.errorcode ;; }

  # Dereferences a plain string column as if it were a struct (only the engine can tell).
  dimension: nic { sql: ${TABLE}.requestparameters.networkinterfaceid ;; }
  # An array column declared as a string.
  dimension: touched { type: string sql: ${TABLE}.resources ;; }
  # A made-up location from address prefixes; "Paris" is not a country.
  dimension: place {
    map_layer_name: countries
    sql: CASE WHEN substr(${TABLE}.sourceipaddress, 1, 2) = '10' THEN 'Paris' ELSE 'Chile' END ;;
  }
  dimension: mfa {
    description: "Multi-Factor Authentican"
    sql: json_extract_scalar(${TABLE}.additionaleventdata, '$.MFAUsed') ;;
  }
  dimension: failed { hidden: yes sql: CASE WHEN ${failure_text} IS NULL THEN 'No' ELSE 'Yes' END ;; }

  dimension_group: seen {
    type: time
    timeframes: [date, hour_of_day, day_of_week]
    sql: from_iso8601_timestamp(${TABLE}.eventtime) ;;
  }

  measure: rows { type: count drill_fields: [caller, action, -caller_kind] }
  # Same number as rows, and the same label as rows' default one.
  measure: row_count { label: "Rows" type: count }
  measure: failures {
    type: count
    filters: {
      field: failed   ### legacy block syntax
      value: "Yes"
    }
  }
  measure: ratio { type: number sql: 1.0*${trail.failures}/NULLIF(${trail.rows},0);; value_format_name:percent_1}
}
