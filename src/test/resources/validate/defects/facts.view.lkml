view: facts {
  # Not limited to logins, and cut to 50 rows.
  derived_table: {
    sql: SELECT useridentity.username AS caller, count(DISTINCT sourceipaddress) AS addresses
      FROM warehouse.trail GROUP BY 1 ORDER BY 2 DESC LIMIT 50 ;;
  }
  dimension: caller { primary_key: yes sql: ${TABLE}.caller ;; }
  dimension: addresses { hidden: yes type: number sql: ${TABLE}.addresses ;; }
  measure: total_addresses { type: sum sql: ${addresses} ;; }
}
