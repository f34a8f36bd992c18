- dashboard: sign_ins
  title: "Sign-ins"
  layout: newspaper
  tile_size: 100
  width: 1200
  elements:
  - title: Sign-in Map
    name: Sign-in Map
    model: trail_audit
    explore: api_calls
    type: looker_geo_choropleth
    fields: [api_calls.country, api_calls.call_count]
    sorts:
    - api_calls.call_count desc
    limit: 500
    map: auto
    map_position: custom
    map_latitude: 21.5
    row: 0
    col: 0
    width: 24
    height: 9
    row: 1
  filters:
  - name: Date
    title: Date
    type: date_filter
    default_value: 48 hours
    model:
    explore:
    field: api_calls.no_such_field
