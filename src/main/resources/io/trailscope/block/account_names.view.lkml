# Account names from the optional accounts file (`trailscope ingest --accounts FILE`, CSV or YAML).
# Without a file, or on Trino with the empty view of trino-setup.sql, the name is the account id.
view: account_names {
  sql_table_name: account_names ;;
  label: "Account"

  dimension: account_id {
    primary_key: yes
    hidden: yes
    sql: ${TABLE}.account_id ;;
  }

  dimension: account_name {
    label: "Account Name"
    description: "The name from the accounts file, or the account id where the file does not name it."
    sql: COALESCE(${TABLE}.account_name, ${cloudtrail_logs.account_id}) ;;
    drill_fields: [cloudtrail_logs.aws_region, cloudtrail_logs.event_source]
  }
}
