view: events {
  sql_table_name: lake.cloudtrail_logs ;;

  dimension: event_id { primary_key: yes sql: ${TABLE}.eventid ;; }
  dimension: event_name { sql: ${TABLE}.eventname ;; }
  dimension: event_source { sql: ${TABLE}.eventsource ;; }
  dimension: region { sql: ${TABLE}.awsregion ;; }
  dimension: user_name { sql: ${TABLE}.useridentity.username ;; }
  dimension: user_type { sql: ${TABLE}.useridentity.type ;; }
  dimension: request_parameters { sql: ${TABLE}.requestparameters ;; }
  dimension: error_message { sql: ${TABLE}.errormessage ;; }
  dimension: mfa { sql: json_extract_scalar(${TABLE}.additionaleventdata, '$.MFAUsed') ;; }

  dimension_group: event_time {
    type: time
    timeframes: [date, hour_of_day, day_of_week]
    sql: from_iso8601_timestamp(${TABLE}.eventtime) ;;
  }

  measure: count { type: count }
  measure: errors { type: count filters: [error_message: "-NULL"] }
}
