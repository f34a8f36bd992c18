# Audit model over the local CloudTrail store.
connection: "local_store"

include: "*.view"            # every view at the root
include: "/views/**/*.view.lkml"
include: "*.explore.lkml"
include: "dashboards/*.dashboard"

datagroup: nightly {
  sql_trigger: SELECT CURRENT_DATE ;;
  max_cache_age: "24 hours"
}

persist_with: nightly
week_start_day: monday

explore: api_calls {
  label: "API Calls"
  join: caller_summary {
    type: left_outer
    sql_on: ${api_calls.caller} = ${caller_summary.caller} ;;
    relationship: many_to_one
  }
  join: address_summary {
    type: left_outer
    sql_on: ${api_calls.caller} = ${address_summary.caller}
      AND ${address_summary.address_count} > 0;;
    relationship: many_to_one
  }
}

explore: caller_summary {}
explore: address_summary {
}
