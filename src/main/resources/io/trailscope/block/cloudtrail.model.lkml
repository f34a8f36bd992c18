# trailscope's built-in CloudTrail block: the model.
# Written for trailscope; runs on the embedded DuckDB store and on Trino/Athena (see CONTEXT.md).
connection: "trailscope"

include: "*.view.lkml"
include: "*.dashboard.lookml"

explore: cloudtrail_logs {
  label: "CloudTrail Events"
  description: "One row per CloudTrail event, with identity, outcome, source, security-group and CIS fields."

  join: ip_geo {
    type: left_outer
    relationship: many_to_one
    sql_on: ${cloudtrail_logs.source_ip_address} = ${ip_geo.ip} ;;
  }

  join: account_names {
    type: left_outer
    relationship: many_to_one
    sql_on: ${cloudtrail_logs.account_id} = ${account_names.account_id} ;;
  }

  join: user_login_facts {
    type: left_outer
    relationship: many_to_one
    sql_on: ${cloudtrail_logs.actor} = ${user_login_facts.actor} ;;
  }

  join: user_ip_facts {
    type: left_outer
    relationship: many_to_one
    sql_on: ${cloudtrail_logs.actor} = ${user_ip_facts.actor} ;;
  }
}

# The fact explores join the events back (one_to_many), so their drills reach event rows with event_id.
explore: user_login_facts {
  label: "Console Login Facts (per actor, all time)"

  join: cloudtrail_logs {
    type: left_outer
    relationship: one_to_many
    sql_on: ${user_login_facts.actor} = ${cloudtrail_logs.actor} AND ${cloudtrail_logs.event_name} = 'ConsoleLogin' ;;
  }
}

explore: user_ip_facts {
  label: "Source IP Facts (per actor, all time)"

  join: cloudtrail_logs {
    type: left_outer
    relationship: one_to_many
    sql_on: ${user_ip_facts.actor} = ${cloudtrail_logs.actor} ;;
  }
}
