project_name: "trail_audit"

constant: audit_schema {
  value: "audit"
  export: override_optional
}
