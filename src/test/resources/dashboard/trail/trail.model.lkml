# A small CloudTrail project for the dashboard runner's tests.
connection: "lake"
include: "*.view"
include: "*.dashboard"

explore: events {}
explore: caller_facts {}
explore: quirks {
  join: caller_facts {
    type: left_outer
    sql_on: ${quirks.caller} = ${caller_facts.caller} ;;
    relationship: many_to_one
  }
}
