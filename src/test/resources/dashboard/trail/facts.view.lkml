# Two views in one file, both derived tables: constructs and quirks public blocks use.
view: caller_facts {
  derived_table: {
    sql: SELECT useridentity.username AS caller, count(DISTINCT sourceipaddress) AS addresses
      FROM lake.cloudtrail_logs
      GROUP BY 1
      ORDER BY 2 DESC
      LIMIT 50
       ;;
  }
  suggestions: no

  dimension: caller { type: string primary_key: yes sql: ${TABLE}.caller ;; }
  dimension: addresses { type: number hidden: yes sql: ${TABLE}.addresses;; }
  measure: total_addresses { type: sum sql: ${addresses} ;; value_format_name:decimal_0}
  set: detail {
    fields: [
      caller,
      total_addresses,
    ]
  }
}

view: quirks {
  sql_table_name: lake.cloudtrail_logs ;;
  dimension: event_name { sql: ${TABLE}.eventname ;; }
  dimension: caller { group_label: "Who" sql: ${TABLE}.useridentity.username ;; }
  dimension: country {
    map_layer_name: countries
    sql: CASE
         WHEN substr(${TABLE}.sourceipaddress,1,2) = '54' THEN 'Ireland'
         -- WHEN substr(${TABLE}.sourceipaddress,1,2) = '50' THEN 'Japan'
         ELSE 'Elsewhere'
         END
        ;;
  }
  dimension: failed {
    hidden: yes
    sql: CASE WHEN ${TABLE}.errormessage IS NOT NULL THEN 'Error' ELSE 'No Error' END ;;
  }
  dimension: mfa { description: "Multi-Factor Authentication" sql: json_extract_scalar(${TABLE}.additionaleventdata, '$.MFAUsed') ;; }
  measure: count { label: "Total Events" type: count drill_fields: [event_name, caller, -caller] }
  measure: failed_logins {
    type: count
    drill_fields: [detail*]
    filters: {
      field: event_name   ### logins only
      value: "ConsoleLogin"
    }
    filters: {
      field: failed
      value: "Error"
    }
  }
  measure: failure_rate { type: number sql: 1.00*${quirks.failed_logins}/NULLIF(${quirks.count},0);; value_format_name:percent_2}
  set: detail { fields: [event_name, caller,] }
}
