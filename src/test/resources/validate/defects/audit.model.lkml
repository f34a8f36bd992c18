# A small project written to reproduce, one by one, the kinds of defects found in public Looker blocks.
connection: "warehouse"

include: "*.view"        # legacy extension-less glob
include: "*.dashboard"

explore: trail {
  join: facts {
    type: left_outer
    sql_on: ${trail.caller} = ${facts.caller} ;;
    relationship: many_to_one
  }
}

explore: facts {}
