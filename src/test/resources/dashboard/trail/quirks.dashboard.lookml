- dashboard: quirks
  title: Quirks
  layout: newspaper
  elements:
  - name: Logins
    title: Logins
    model: trail
    explore: quirks
    type: table
    fields: [quirks.country, quirks.count, quirks.failed_logins, quirks.failure_rate, caller_facts.total_addresses]
    filters:
    sorts: [quirks.country 0]
    label: a stray label
    series_colors:
      stale_series: "#000000"
    y_axes:
    - series:
      - id: quirks.count
        __FILE: trail/quirks.dashboard.lookml
        __LINE_NUM: 17
      __FILE: trail/quirks.dashboard.lookml
    row: 0
    col: 0
    width: 12
    height: 6
    width: 24
  - name: Without MFA
    title: Without MFA
    model: trail
    explore: quirks
    type: table
    fields:
    - quirks.caller
    # - quirks.event_name
    - quirks.count
    filters:
      quirks.mfa: 'No'
      quirks.event_name: ''
    sorts:
    - quirks.count desc
  - name: Addresses
    title: Addresses
    model: trail
    explore: caller_facts
    type: table
    fields: [caller_facts.caller, caller_facts.total_addresses]
    sorts: [caller_facts.total_addresses desc, caller_facts.caller]
  - name: note
    type: text
    title_text: Read me
    body_text: |-
      Two lines
      of text.
