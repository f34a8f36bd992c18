view: caller_summary {
  derived_table: {
    sql: SELECT
           useridentity.username AS caller,
           count(*) AS sign_ins,
           sum(CASE WHEN errorcode = 'AccessDenied' THEN 1 ELSE 0 END) AS failures,
           '{ "braces": [1, 2] }' AS json_sample,
           min(eventtime) AS first_seen
         FROM audit.api_calls
         WHERE eventname = 'ConsoleLogin'; -- a semicolon, then a "quote" and a # sign
         GROUP BY 1
       ;;
  }

  dimension: caller {
    primary_key: yes
    sql: ${TABLE}.caller ;;
  }

  dimension: sign_ins {
    type: number
    hidden: yes
    sql: ${TABLE}.sign_ins ;;
  }

  measure: total_sign_ins {
    type: sum
    sql: ${sign_ins} ;;
    value_format_name: decimal_0
    drill_fields: [detail*]
  }

  set: detail {
    fields: [
      caller,
      total_sign_ins,
    ]
  }
}

view: address_summary {
  suggestions: no
  derived_table: {
    sql: select useridentity.username as caller, count(distinct sourceipaddress) as address_count
         from audit.api_calls group by 1 order by 2 desc limit 50 ;;
  }

  measure: count {
    type: count
    drill_fields: [detail*]
  }

  dimension: caller {
    primary_key: yes
    sql: ${TABLE}.caller ;;
  }

  dimension: address_count {
    type: number
    hidden: yes
    sql: ${TABLE}.address_count ;;
  }

  set: detail {
    fields: [caller, count]
  }
}
