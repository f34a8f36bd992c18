include: "api_calls.view.lkml"

view: +api_calls {
  dimension: region {
    label: "AWS Region"
    link: {
      label: "Console"
      url: "https://console.aws.amazon.com/?region={{ value }}"
    }
  }
}

view: api_calls_extended {
  extends: [api_calls, caller_summary]
  extension: required
}

explore: +api_calls {
  always_filter: {
    filters: [api_calls.called_date: "7 days"]
  }
}
