# One row per CloudTrail event. Column names are those of the Athena CloudTrail table; the embedded
# store adds typed helper columns (event_timestamp, event_date, extra_fields, source_file_id).
# Rules (error, access denied, console login outcome, actor, IP class, user agent family, CIS checks)
# are written once here; other fields and dashboards refer to them.
view: cloudtrail_logs {
  sql_table_name: cloudtrail_logs ;;
  label: "CloudTrail Events"
  drill_fields: [event_detail*]

  # ---------------------------------------------------------------- Event

  dimension: event_id {
    primary_key: yes
    label: "Event ID"
    group_label: "Event"
    description: "eventID: identifies the event; open it to see the raw JSON."
    sql: ${TABLE}.eventid ;;
  }

  dimension_group: event_time {
    type: time
    label: "Event"
    description: "eventTime as a UTC timestamp (the store's event_timestamp column), shown in the query time zone."
    timeframes: [raw, time, time_of_day, second, minute, minute5, minute15, minute30, hour, hour_of_day, date,
      day_of_week, day_of_week_index, day_of_month, day_of_year, week, week_of_year, month, month_num, month_name,
      quarter, quarter_of_year, year]
    datatype: timestamp
    convert_tz: yes
    sql: ${TABLE}.event_timestamp ;;
  }

  dimension: event_time_text {
    label: "Event Time (as logged)"
    group_label: "Event"
    description: "eventTime exactly as the log wrote it (ISO-8601 text)."
    sql: ${TABLE}.eventtime ;;
  }

  dimension: event_name {
    label: "Event Name"
    group_label: "Event"
    description: "eventName: the API action, e.g. RunInstances or ConsoleLogin."
    sql: ${TABLE}.eventname ;;
    drill_fields: [actor, source_ip_address, error_code]
  }

  dimension: event_source {
    label: "Event Source"
    group_label: "Event"
    description: "eventSource: the service endpoint, e.g. ec2.amazonaws.com."
    sql: ${TABLE}.eventsource ;;
    drill_fields: [event_name, actor]
  }

  dimension: event_service {
    label: "Service"
    group_label: "Event"
    description: "The short service name: eventSource up to its first dot (ec2, s3, iam, signin)."
    sql: split_part(${TABLE}.eventsource, '.', 1) ;;
    drill_fields: [event_name, actor]
  }

  dimension: aws_region {
    label: "AWS Region"
    group_label: "Event"
    description: "awsRegion: the region the request was made to."
    sql: ${TABLE}.awsregion ;;
    drill_fields: [event_source, event_name]
  }

  dimension: event_type {
    label: "Event Type"
    group_label: "Event"
    description: "eventType: AwsApiCall, AwsServiceEvent, AwsConsoleAction, AwsConsoleSignIn or AwsCloudTrailInsight. Absent in eventVersion 1.01 records."
    sql: ${TABLE}.eventtype ;;
  }

  dimension: event_category {
    label: "Event Category"
    group_label: "Event"
    description: "eventCategory: Management, Data or Insight (recent records only)."
    sql: ${TABLE}.eventcategory ;;
  }

  dimension: event_version {
    label: "Event Version"
    group_label: "Event"
    description: "eventVersion of the record format, as text (\"1.0\" to \"1.11\"; text order is not version order)."
    sql: ${TABLE}.eventversion ;;
  }

  dimension: api_version {
    label: "API Version"
    group_label: "Event"
    sql: ${TABLE}.apiversion ;;
  }

  dimension: request_id {
    label: "Request ID"
    group_label: "Event"
    description: "requestID: the service's id of the request."
    sql: ${TABLE}.requestid ;;
  }

  dimension: shared_event_id {
    label: "Shared Event ID"
    group_label: "Event"
    description: "sharedEventID: links the copies of one event delivered to several accounts."
    sql: ${TABLE}.sharedeventid ;;
  }

  dimension: read_only_flag {
    label: "Read Only (as logged)"
    group_label: "Event"
    description: "readOnly exactly as logged: true, false or empty. See Is Read Only for the rule that fills the gaps."
    sql: ${TABLE}.readonly ;;
  }

  dimension: management_event_flag {
    label: "Management Event (as logged)"
    group_label: "Event"
    description: "managementEvent as logged. Embedded store only: the standard Athena table has no such column."
    sql: ${TABLE}.managementevent ;;
  }

  dimension: session_credential_from_console {
    label: "Session Credential From Console"
    group_label: "Event"
    sql: ${TABLE}.sessioncredentialfromconsole ;;
  }

  dimension: vpc_endpoint_id {
    label: "VPC Endpoint ID"
    group_label: "Event"
    sql: ${TABLE}.vpcendpointid ;;
  }

  dimension: vpc_endpoint_account_id {
    label: "VPC Endpoint Account ID"
    group_label: "Event"
    sql: ${TABLE}.vpcendpointaccountid ;;
  }

  dimension: request_parameters {
    label: "Request Parameters"
    group_label: "Event Payload"
    description: "requestParameters as JSON text."
    sql: ${TABLE}.requestparameters ;;
  }

  dimension: response_elements {
    label: "Response Elements"
    group_label: "Event Payload"
    description: "responseElements as JSON text."
    sql: ${TABLE}.responseelements ;;
  }

  dimension: additional_event_data {
    label: "Additional Event Data"
    group_label: "Event Payload"
    description: "additionalEventData as JSON text (MFAUsed, LoginTo, ...)."
    sql: ${TABLE}.additionaleventdata ;;
  }

  dimension: service_event_details {
    label: "Service Event Details"
    group_label: "Event Payload"
    sql: ${TABLE}.serviceeventdetails ;;
  }

  dimension: edge_device_details {
    label: "Edge Device Details"
    group_label: "Event Payload"
    sql: ${TABLE}.edgedevicedetails ;;
  }

  dimension: insight_details {
    label: "Insight Details"
    group_label: "Event Payload"
    description: "insightDetails of CloudTrail Insights events. Embedded store only."
    sql: ${TABLE}.insightdetails ;;
  }

  dimension: addendum_reason {
    label: "Addendum Reason"
    group_label: "Event Payload"
    sql: ${TABLE}.addendum.reason ;;
  }

  dimension: addendum_updated_fields {
    label: "Addendum Updated Fields"
    group_label: "Event Payload"
    sql: ${TABLE}.addendum.updatedfields ;;
  }

  dimension: addendum_original_request_id {
    label: "Addendum Original Request ID"
    group_label: "Event Payload"
    sql: ${TABLE}.addendum.originalrequestid ;;
  }

  dimension: addendum_original_event_id {
    label: "Addendum Original Event ID"
    group_label: "Event Payload"
    sql: ${TABLE}.addendum.originaleventid ;;
  }

  dimension: tls_version {
    label: "TLS Version"
    group_label: "Event Payload"
    sql: ${TABLE}.tlsdetails.tlsversion ;;
  }

  dimension: tls_cipher_suite {
    label: "TLS Cipher Suite"
    group_label: "Event Payload"
    sql: ${TABLE}.tlsdetails.ciphersuite ;;
  }

  dimension: tls_client_provided_host_header {
    label: "TLS Client Host Header"
    group_label: "Event Payload"
    sql: ${TABLE}.tlsdetails.clientprovidedhostheader ;;
  }

  dimension: resources_json {
    label: "Resources (JSON)"
    group_label: "Resources"
    description: "The resources array as JSON text."
    sql: json_format(CAST(${TABLE}.resources AS JSON)) ;;
  }

  dimension: resource_count {
    type: number
    label: "Resource Count"
    group_label: "Resources"
    sql: COALESCE(cardinality(${TABLE}.resources), 0) ;;
  }

  dimension: first_resource_arn {
    label: "First Resource ARN"
    group_label: "Resources"
    sql: CASE WHEN cardinality(${TABLE}.resources) > 0 THEN ${TABLE}.resources[1].arn END ;;
  }

  dimension: first_resource_type {
    label: "First Resource Type"
    group_label: "Resources"
    sql: CASE WHEN cardinality(${TABLE}.resources) > 0 THEN ${TABLE}.resources[1].type END ;;
  }

  dimension: first_resource_account_id {
    label: "First Resource Account ID"
    group_label: "Resources"
    sql: CASE WHEN cardinality(${TABLE}.resources) > 0 THEN ${TABLE}.resources[1].accountid END ;;
  }

  dimension: resource_text {
    label: "Resources and Request (searchable)"
    group_label: "Resources"
    description: "The resources array and requestParameters as one text, for \"contains\" filters such as %my-bucket%."
    sql: COALESCE(json_format(CAST(${TABLE}.resources AS JSON)), '') || ' ' || COALESCE(${TABLE}.requestparameters, '') ;;
  }

  # ---------------------------------------------------------------- Store (embedded DuckDB only)

  dimension: stored_event_date {
    type: date
    label: "Event Date (UTC, stored)"
    group_label: "Store"
    description: "The UTC day of the event as stored. Embedded store only."
    sql: ${TABLE}.event_date ;;
  }

  dimension: extra_fields {
    label: "Extra Fields"
    group_label: "Store"
    description: "Keys the record had beyond the known schema, as JSON text. Embedded store only."
    sql: ${TABLE}.extra_fields ;;
  }

  dimension: source_file_id {
    type: number
    label: "Source File ID"
    group_label: "Store"
    description: "The ingest manifest id of the log file the event came from. Embedded store only."
    sql: ${TABLE}.source_file_id ;;
  }

  # ---------------------------------------------------------------- Identity

  dimension: user_type {
    label: "Identity Type"
    group_label: "Identity"
    description: "userIdentity.type: IAMUser, AssumedRole, Root, AWSService, FederatedUser, SAMLUser, WebIdentityUser, IdentityCenterUser, AWSAccount or Unknown."
    sql: ${TABLE}.useridentity.type ;;
    drill_fields: [actor, event_name]
  }

  dimension: principal_id {
    label: "Principal ID"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.principalid ;;
  }

  dimension: user_arn {
    label: "Identity ARN"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.arn ;;
  }

  dimension: user_account_id {
    label: "Identity Account ID"
    group_label: "Identity"
    description: "userIdentity.accountId: the account that owns the credentials (may differ from the recipient account)."
    sql: ${TABLE}.useridentity.accountid ;;
  }

  dimension: user_name {
    label: "User Name"
    group_label: "Identity"
    description: "userIdentity.userName: set for IAM users and some federated identities; empty for roles and root."
    sql: ${TABLE}.useridentity.username ;;
    drill_fields: [event_name, source_ip_address]
  }

  dimension: access_key_id {
    label: "Access Key ID"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.accesskeyid ;;
  }

  dimension: invoked_by {
    label: "Invoked By"
    group_label: "Identity"
    description: "userIdentity.invokedBy: the AWS service that made the call on the identity's behalf."
    sql: ${TABLE}.useridentity.invokedby ;;
  }

  dimension: is_aws_service {
    type: yesno
    label: "Is AWS Service"
    group_label: "Identity"
    description: "Yes when the identity is an AWS service or a service invoked the call (userIdentity.invokedBy set)."
    sql: COALESCE(${TABLE}.useridentity.type, '') = 'AWSService' OR COALESCE(${TABLE}.useridentity.invokedby, '') <> '' ;;
  }

  dimension: session_issuer_type {
    label: "Session Issuer Type"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.sessionissuer.type ;;
  }

  dimension: session_issuer_principal_id {
    label: "Session Issuer Principal ID"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.sessionissuer.principalid ;;
  }

  dimension: session_issuer_arn {
    label: "Session Issuer ARN"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.sessionissuer.arn ;;
  }

  dimension: session_issuer_account_id {
    label: "Session Issuer Account ID"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.sessionissuer.accountid ;;
  }

  dimension: assumed_role_name {
    label: "Assumed Role Name"
    group_label: "Identity"
    description: "The role (or user) that issued the temporary credentials: userIdentity.sessionContext.sessionIssuer.userName."
    sql: ${TABLE}.useridentity.sessioncontext.sessionissuer.username ;;
    drill_fields: [actor, event_name]
  }

  dimension: role_session_name {
    label: "Role Session Name"
    group_label: "Identity"
    description: "For assumed roles, the session name at the end of the ARN (often a person's e-mail or an instance id)."
    sql: CASE WHEN ${TABLE}.useridentity.type = 'AssumedRole' THEN NULLIF(split_part(${TABLE}.useridentity.arn, '/', 3), '') END ;;
  }

  dimension: mfa_authenticated {
    type: yesno
    label: "MFA Authenticated"
    group_label: "Identity"
    description: "userIdentity.sessionContext.attributes.mfaAuthenticated is true."
    sql: COALESCE(lower(${TABLE}.useridentity.sessioncontext.attributes.mfaauthenticated), '') = 'true' ;;
  }

  dimension: session_creation_date {
    label: "Session Created (as logged)"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.attributes.creationdate ;;
  }

  dimension: source_identity {
    label: "Source Identity"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.sourceidentity ;;
  }

  dimension: ec2_role_delivery {
    label: "EC2 Role Delivery"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.ec2roledelivery ;;
  }

  dimension: web_identity_provider {
    label: "Web Identity Provider"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.sessioncontext.webidfederationdata.federatedprovider ;;
  }

  dimension: on_behalf_of_user_id {
    label: "On Behalf Of User ID"
    group_label: "Identity"
    description: "userIdentity.onBehalfOf.userId: the IAM Identity Center user."
    sql: ${TABLE}.useridentity.onbehalfof.userid ;;
  }

  dimension: on_behalf_of_identity_store_arn {
    label: "On Behalf Of Identity Store ARN"
    group_label: "Identity"
    sql: ${TABLE}.useridentity.onbehalfof.identitystorearn ;;
  }

  dimension: identity_provider {
    label: "Identity Provider"
    group_label: "Identity"
    description: "userIdentity.identityProvider (SAML and web identity users). Embedded store only."
    sql: ${TABLE}.useridentity.identityprovider ;;
  }

  dimension: credential_id {
    label: "Credential ID"
    group_label: "Identity"
    description: "userIdentity.credentialId. Embedded store only."
    sql: ${TABLE}.useridentity.credentialid ;;
  }

  dimension: user_identity_json {
    label: "User Identity (JSON)"
    group_label: "Identity"
    sql: json_format(CAST(${TABLE}.useridentity AS JSON)) ;;
  }

  dimension: actor {
    label: "Actor"
    group_label: "Identity"
    description: "Who acted, readable for every identity type: the user name (IAMUser, SAMLUser, WebIdentityUser), role/session (AssumedRole), root (account), the service (AWSService), the federated name (FederatedUser), the Identity Center user id (IdentityCenterUser), account id (AWSAccount)."
    sql: CASE ${TABLE}.useridentity.type
          WHEN 'IAMUser' THEN COALESCE(NULLIF(${TABLE}.useridentity.username, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown IAM user')
          WHEN 'AssumedRole' THEN COALESCE(NULLIF(split_part(${TABLE}.useridentity.arn, ':assumed-role/', 2), ''),
            NULLIF(${TABLE}.useridentity.sessioncontext.sessionissuer.username, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown role')
          WHEN 'Root' THEN 'root (' || COALESCE(NULLIF(${TABLE}.useridentity.accountid, ''), NULLIF(${TABLE}.recipientaccountid, ''), 'unknown account') || ')'
          WHEN 'AWSService' THEN COALESCE(NULLIF(${TABLE}.useridentity.invokedby, ''), NULLIF(${TABLE}.useridentity.principalid, ''), ${TABLE}.eventsource, 'AWS service')
          WHEN 'FederatedUser' THEN COALESCE(NULLIF(split_part(${TABLE}.useridentity.arn, ':federated-user/', 2), ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown federated user')
          WHEN 'SAMLUser' THEN COALESCE(NULLIF(${TABLE}.useridentity.username, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown SAML user')
          WHEN 'WebIdentityUser' THEN COALESCE(NULLIF(${TABLE}.useridentity.username, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown web identity user')
          WHEN 'IdentityCenterUser' THEN COALESCE(NULLIF(${TABLE}.useridentity.onbehalfof.userid, ''), NULLIF(${TABLE}.useridentity.username, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown Identity Center user')
          WHEN 'AWSAccount' THEN 'account ' || COALESCE(NULLIF(${TABLE}.useridentity.accountid, ''), NULLIF(${TABLE}.useridentity.principalid, ''), 'unknown')
          ELSE COALESCE(NULLIF(${TABLE}.useridentity.username, ''), NULLIF(${TABLE}.useridentity.arn, ''), NULLIF(${TABLE}.useridentity.principalid, ''),
            NULLIF(${TABLE}.useridentity.invokedby, ''), 'unknown')
        END ;;
    drill_fields: [event_source, event_name, source_ip_address]
  }

  # ---------------------------------------------------------------- Outcome

  dimension: error_code {
    label: "Error Code"
    group_label: "Outcome"
    description: "errorCode as logged. Failed console logins have none (see Console Login Outcome); \"200\" is not an error."
    sql: ${TABLE}.errorcode ;;
    drill_fields: [event_name, actor]
  }

  dimension: error_message {
    label: "Error Message"
    group_label: "Outcome"
    sql: ${TABLE}.errormessage ;;
  }

  dimension: is_error {
    type: yesno
    label: "Is Error"
    group_label: "Outcome"
    description: "The one error rule: an errorCode other than empty or \"200\", or any errorMessage (failed console logins carry only a message)."
    sql: (COALESCE(${TABLE}.errorcode, '') <> '' AND ${TABLE}.errorcode <> '200') OR COALESCE(${TABLE}.errormessage, '') <> '' ;;
  }

  dimension: event_outcome {
    label: "Outcome"
    group_label: "Outcome"
    description: "Failure when Is Error, else Success."
    sql: CASE WHEN ${is_error} = 'Yes' THEN 'Failure' ELSE 'Success' END ;;
  }

  dimension: is_access_denied {
    type: yesno
    label: "Is Access Denied"
    group_label: "Outcome"
    description: "The call was refused for lack of permission: errorCode AccessDenied*, *UnauthorizedOperation (EC2, also Client.UnauthorizedOperation), UnauthorizedAccess or AuthorizationError."
    sql: COALESCE(${TABLE}.errorcode, '') LIKE 'AccessDenied%' OR COALESCE(${TABLE}.errorcode, '') LIKE '%UnauthorizedOperation'
      OR COALESCE(${TABLE}.errorcode, '') IN ('UnauthorizedAccess', 'AuthorizationError') ;;
  }

  dimension: console_login_outcome {
    label: "Console Login Outcome"
    group_label: "Outcome"
    description: "For ConsoleLogin events: responseElements.ConsoleLogin (Success or Failure); where absent, Failure when Is Error. Empty for other events."
    sql: CASE WHEN ${TABLE}.eventname = 'ConsoleLogin' THEN
          CASE
            WHEN json_extract_scalar(${TABLE}.responseelements, '$.ConsoleLogin') IN ('Success', 'Failure')
              THEN json_extract_scalar(${TABLE}.responseelements, '$.ConsoleLogin')
            WHEN ${is_error} = 'Yes' THEN 'Failure'
            ELSE 'Success'
          END
        END ;;
  }

  dimension: mfa_used {
    label: "MFA Used (console login)"
    group_label: "Outcome"
    description: "additionalEventData.MFAUsed of ConsoleLogin events: Yes or No."
    sql: json_extract_scalar(${TABLE}.additionaleventdata, '$.MFAUsed') ;;
  }

  dimension: is_console_login_without_mfa {
    type: yesno
    label: "Is Console Login Without MFA"
    group_label: "Outcome"
    description: "A successful ConsoleLogin of an IAM user or root with MFAUsed not Yes (federated sign-ins do MFA at their identity provider)."
    sql: ${TABLE}.eventname = 'ConsoleLogin' AND ${console_login_outcome} = 'Success'
      AND COALESCE(${mfa_used}, 'No') <> 'Yes' AND COALESCE(${TABLE}.useridentity.type, '') IN ('IAMUser', 'Root') ;;
  }

  dimension: is_read_only {
    type: yesno
    label: "Is Read Only"
    group_label: "Outcome"
    description: "readOnly as logged; where absent (older records), event names starting Describe, Get, List, Head, Lookup, BatchGet, Search or Select."
    sql: COALESCE(lower(${TABLE}.readonly) = 'true',
      regexp_like(COALESCE(${TABLE}.eventname, ''), '^(Describe|Get|List|Head|Lookup|BatchGet|Search|Select)')) ;;
  }

  dimension: is_write {
    type: yesno
    label: "Is Write"
    group_label: "Outcome"
    description: "An API call or console action that is not read only: what changes an account."
    sql: ${is_read_only} = 'No' AND COALESCE(${TABLE}.eventtype, 'AwsApiCall') IN ('AwsApiCall', 'AwsConsoleAction') ;;
  }

  dimension: is_management_event {
    type: yesno
    label: "Is Management Event"
    group_label: "Outcome"
    description: "eventCategory is Management, or absent (records from before eventCategory existed)."
    sql: COALESCE(${TABLE}.eventcategory, 'Management') = 'Management' ;;
  }

  dimension: is_root {
    type: yesno
    label: "Is Root"
    group_label: "Identity"
    sql: COALESCE(${TABLE}.useridentity.type, '') = 'Root' ;;
  }

  # ---------------------------------------------------------------- Source

  dimension: source_ip_address {
    label: "Source IP Address"
    group_label: "Source"
    description: "sourceIPAddress as logged: an IP, or AWS Internal, or a service host name, or garbage."
    sql: ${TABLE}.sourceipaddress ;;
    drill_fields: [actor, event_name]
  }

  dimension: ip_class {
    label: "Source IP Class"
    group_label: "Source"
    description: "aws_internal (AWS Internal), aws_service_host (*.amazonaws.com), private (not routed on the internet: loopback, link-local, RFC 1918, 100.64/10, documentation, benchmarking, multicast and reserved, IPv6 ULA and link-local), public (any other valid IPv4/IPv6), invalid (anything else, e.g. 253.252.51.07)."
    sql: CASE
          WHEN ${TABLE}.sourceipaddress IS NULL OR ${TABLE}.sourceipaddress = '' THEN 'invalid'
          WHEN ${TABLE}.sourceipaddress = 'AWS Internal' THEN 'aws_internal'
          WHEN regexp_like(${TABLE}.sourceipaddress, '(?i)^([a-z0-9-]+\.)+(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$') THEN 'aws_service_host'
          WHEN regexp_like(${TABLE}.sourceipaddress, '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$') THEN
            CASE WHEN regexp_like(${TABLE}.sourceipaddress, '^(0\.|10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2[0-9]|3[01])\.|100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\.|192\.0\.[02]\.|198\.51\.100\.|203\.0\.113\.|198\.1[89]\.|2(2[4-9]|[3-4][0-9]|5[0-5])\.)')
              THEN 'private' ELSE 'public' END
          WHEN regexp_like(${TABLE}.sourceipaddress, '(?i)^([0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}|([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?::([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?)$') THEN
            CASE WHEN regexp_like(${TABLE}.sourceipaddress, '(?i)^(f[cd][0-9a-f]{2}:|fe[89ab][0-9a-f]:|2001:0?db8:|::1?$)')
              THEN 'private' ELSE 'public' END
          ELSE 'invalid'
        END ;;
  }

  dimension: user_agent {
    label: "User Agent"
    group_label: "Source"
    sql: ${TABLE}.useragent ;;
  }

  dimension: user_agent_family {
    label: "User Agent Family"
    group_label: "Source"
    description: "Terraform, CloudFormation, aws-cli, console (browser, sign-in and console back ends), SDK (aws-sdk-*, boto), AWS service (AWS Internal, *.amazonaws.com), other."
    sql: CASE
          WHEN ${TABLE}.useragent IS NULL OR ${TABLE}.useragent = '' THEN 'other'
          WHEN lower(${TABLE}.useragent) LIKE '%terraform%' THEN 'Terraform'
          WHEN lower(${TABLE}.useragent) LIKE '%cloudformation%' THEN 'CloudFormation'
          WHEN lower(${TABLE}.useragent) LIKE '%aws-cli/%' THEN 'aws-cli'
          WHEN ${TABLE}.useragent = 'signin.amazonaws.com' OR lower(${TABLE}.useragent) LIKE '%console%'
            OR lower(${TABLE}.useragent) LIKE 'mozilla/%' OR lower(${TABLE}.useragent) LIKE '[mozilla/%'
            OR lower(${TABLE}.useragent) LIKE 'awsbff%' THEN 'console'
          WHEN lower(${TABLE}.useragent) LIKE '%aws-sdk-%' OR lower(${TABLE}.useragent) LIKE '%boto%'
            OR lower(${TABLE}.useragent) LIKE '%powershell%' THEN 'SDK'
          WHEN ${TABLE}.useragent = 'AWS Internal' OR lower(${TABLE}.useragent) LIKE 'aws-internal%'
            OR lower(${TABLE}.useragent) LIKE '%.amazonaws.com' THEN 'AWS service'
          ELSE 'other'
        END ;;
    drill_fields: [user_agent, actor]
  }

  # ---------------------------------------------------------------- Account

  dimension: account_id {
    label: "Account ID"
    group_label: "Account"
    description: "The account the event belongs to: recipientAccountId, or the identity's account when absent."
    sql: COALESCE(NULLIF(${TABLE}.recipientaccountid, ''), ${TABLE}.useridentity.accountid) ;;
    drill_fields: [aws_region, event_source]
  }

  dimension: recipient_account_id {
    label: "Recipient Account ID"
    group_label: "Account"
    sql: ${TABLE}.recipientaccountid ;;
  }

  # ---------------------------------------------------------------- Security groups

  dimension: is_security_group_change {
    type: yesno
    label: "Is Security Group Change"
    group_label: "Security Groups"
    description: "Authorize/Revoke SecurityGroup Ingress/Egress, Create/DeleteSecurityGroup, ModifySecurityGroupRules."
    sql: COALESCE(${TABLE}.eventname, '') IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup',
      'ModifySecurityGroupRules') ;;
  }

  dimension: is_network_access_change {
    type: yesno
    label: "Is Network Access Change"
    group_label: "Security Groups"
    description: "A security group change, or a change of the groups (groupSet) of a network interface or instance; other attribute changes (instance type, termination protection) are not."
    sql: ${is_security_group_change} = 'Yes'
      OR (COALESCE(${TABLE}.eventname, '') IN ('ModifyNetworkInterfaceAttribute', 'ModifyInstanceAttribute')
        AND COALESCE(${TABLE}.requestparameters, '') LIKE '%"groupSet"%') ;;
  }

  dimension: security_group_id {
    label: "Security Group ID"
    group_label: "Security Groups"
    description: "groupId of the request (or of the response of CreateSecurityGroup, or the first of a groupSet)."
    sql: COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.groupId'),
      json_extract_scalar(${TABLE}.responseelements, '$.groupId'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ModifySecurityGroupRulesRequest.GroupId'),
      json_extract_scalar(${TABLE}.requestparameters, '$.groupSet.items[0].groupId')) ;;
  }

  dimension: security_group_name {
    label: "Security Group Name"
    group_label: "Security Groups"
    sql: json_extract_scalar(${TABLE}.requestparameters, '$.groupName') ;;
  }

  dimension: security_group {
    label: "Security Group"
    group_label: "Security Groups"
    description: "The group id, or its name where the request gave only a name (EC2-Classic and default-VPC calls)."
    sql: COALESCE(${security_group_id}, ${security_group_name}) ;;
  }

  dimension: network_interface_id {
    label: "Network Interface ID"
    group_label: "Security Groups"
    sql: COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.networkInterfaceId'),
      json_extract_scalar(${TABLE}.responseelements, '$.networkInterface.networkInterfaceId'),
      json_extract_scalar(${TABLE}.requestparameters, '$.networkInterfaceSet.items[0].networkInterfaceId')) ;;
  }

  dimension: sg_cidr {
    label: "Rule CIDR"
    group_label: "Security Groups"
    description: "The first CIDR of the rule: flat cidrIp, nested ipPermissions.items[].ipRanges.items[].cidrIp (or ipv6Ranges), or the array form."
    sql: COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.cidrIp'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].ipRanges.items[0].cidrIp'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].ipv6Ranges.items[0].cidrIpv6'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].ipRanges[0].cidrIp'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].ipv6Ranges[0].cidrIpv6'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ModifySecurityGroupRulesRequest.SecurityGroupRule.SecurityGroupRule.CidrIpv4')) ;;
  }

  dimension: sg_from_port {
    type: number
    label: "Rule From Port"
    group_label: "Security Groups"
    sql: TRY_CAST(COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.fromPort'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].fromPort'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].fromPort')) AS INTEGER) ;;
  }

  dimension: sg_to_port {
    type: number
    label: "Rule To Port"
    group_label: "Security Groups"
    sql: TRY_CAST(COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.toPort'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].toPort'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].toPort')) AS INTEGER) ;;
  }

  dimension: sg_protocol {
    label: "Rule Protocol"
    group_label: "Security Groups"
    description: "tcp, udp, icmp, or all (-1)."
    sql: CASE COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.ipProtocol'),
          json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].ipProtocol'),
          json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].ipProtocol'))
        WHEN '-1' THEN 'all' WHEN '6' THEN 'tcp' WHEN '17' THEN 'udp' WHEN '1' THEN 'icmp'
        ELSE COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.ipProtocol'),
          json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].ipProtocol'),
          json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions[0].ipProtocol'))
      END ;;
  }

  dimension: sg_port_range {
    label: "Rule Ports"
    group_label: "Security Groups"
    description: "from-to ports of the first rule (one number when equal; all for protocol -1)."
    sql: CASE
          WHEN ${sg_protocol} = 'all' THEN 'all'
          WHEN ${sg_from_port} IS NULL THEN NULL
          WHEN ${sg_from_port} = ${sg_to_port} THEN CAST(${sg_from_port} AS VARCHAR)
          ELSE CAST(${sg_from_port} AS VARCHAR) || '-' || CAST(${sg_to_port} AS VARCHAR)
        END ;;
  }

  dimension: sg_source_group {
    label: "Rule Source Group"
    group_label: "Security Groups"
    description: "The group a rule lets in (instead of a CIDR)."
    sql: COALESCE(json_extract_scalar(${TABLE}.requestparameters, '$.sourceSecurityGroupName'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].groups.items[0].groupId'),
      json_extract_scalar(${TABLE}.requestparameters, '$.ipPermissions.items[0].groups.items[0].groupName')) ;;
  }

  dimension: opened_to_world {
    type: yesno
    label: "Opened To The World"
    group_label: "Security Groups"
    description: "An ingress authorization (or ModifySecurityGroupRules) whose request mentions 0.0.0.0/0 or ::/0 anywhere, in any rule shape."
    sql: COALESCE(${TABLE}.eventname, '') IN ('AuthorizeSecurityGroupIngress', 'ModifySecurityGroupRules')
      AND (COALESCE(${TABLE}.requestparameters, '') LIKE '%"0.0.0.0/0"%' OR COALESCE(${TABLE}.requestparameters, '') LIKE '%"::/0"%') ;;
  }

  # ---------------------------------------------------------------- CIS AWS Foundations 3.x monitoring

  dimension: cis_unauthorized_api_call {
    type: yesno
    label: "3.1 Unauthorized API Call"
    group_label: "CIS Monitoring"
    sql: ${is_access_denied} = 'Yes' AND COALESCE(${TABLE}.sourceipaddress, '') <> 'delivery.logs.amazonaws.com'
      AND COALESCE(${TABLE}.eventname, '') <> 'HeadBucket' ;;
  }

  dimension: cis_console_login_without_mfa {
    type: yesno
    label: "3.2 Console Login Without MFA"
    group_label: "CIS Monitoring"
    sql: ${is_console_login_without_mfa} = 'Yes' ;;
  }

  dimension: cis_root_use {
    type: yesno
    label: "3.3 Root Account Use"
    group_label: "CIS Monitoring"
    description: "Root acted itself: not invoked by a service, not an AwsServiceEvent."
    sql: COALESCE(${TABLE}.useridentity.type, '') = 'Root' AND COALESCE(${TABLE}.useridentity.invokedby, '') = ''
      AND COALESCE(${TABLE}.eventtype, '') <> 'AwsServiceEvent' ;;
  }

  dimension: cis_iam_policy_change {
    type: yesno
    label: "3.4 IAM Policy Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventsource, '') = 'iam.amazonaws.com' AND COALESCE(${TABLE}.eventname, '') IN ('DeleteGroupPolicy',
      'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy',
      'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'SetDefaultPolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy',
      'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy') ;;
  }

  dimension: cis_cloudtrail_change {
    type: yesno
    label: "3.5 CloudTrail Configuration Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventsource, '') = 'cloudtrail.amazonaws.com' AND COALESCE(${TABLE}.eventname, '') IN ('CreateTrail',
      'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging', 'PutEventSelectors') ;;
  }

  dimension: cis_console_login_failure {
    type: yesno
    label: "3.6 Console Login Failure"
    group_label: "CIS Monitoring"
    sql: COALESCE(${console_login_outcome}, '') = 'Failure' ;;
  }

  dimension: cis_kms_key_disable_or_delete {
    type: yesno
    label: "3.7 KMS Key Disabled or Scheduled for Deletion"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventsource, '') = 'kms.amazonaws.com' AND COALESCE(${TABLE}.eventname, '') IN ('DisableKey', 'ScheduleKeyDeletion') ;;
  }

  dimension: cis_s3_bucket_policy_change {
    type: yesno
    label: "3.8 S3 Bucket Policy Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventsource, '') = 's3.amazonaws.com' AND COALESCE(${TABLE}.eventname, '') IN ('PutBucketAcl',
      'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy',
      'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication') ;;
  }

  dimension: cis_config_change {
    type: yesno
    label: "3.9 AWS Config Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventsource, '') = 'config.amazonaws.com' AND COALESCE(${TABLE}.eventname, '') IN ('StopConfigurationRecorder',
      'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder') ;;
  }

  dimension: cis_security_group_change {
    type: yesno
    label: "3.10 Security Group Change"
    group_label: "CIS Monitoring"
    sql: ${is_security_group_change} = 'Yes' ;;
  }

  dimension: cis_nacl_change {
    type: yesno
    label: "3.11 Network ACL Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventname, '') IN ('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl',
      'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation') ;;
  }

  dimension: cis_network_gateway_change {
    type: yesno
    label: "3.12 Network Gateway Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventname, '') IN ('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway',
      'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway') ;;
  }

  dimension: cis_route_table_change {
    type: yesno
    label: "3.13 Route Table Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventname, '') IN ('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation',
      'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable') ;;
  }

  dimension: cis_vpc_change {
    type: yesno
    label: "3.14 VPC Change"
    group_label: "CIS Monitoring"
    sql: COALESCE(${TABLE}.eventname, '') IN ('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc',
      'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink') ;;
  }

  dimension: cis_check {
    label: "CIS Check"
    group_label: "CIS Monitoring"
    description: "The first CIS 3.x monitoring check the event matches, or empty."
    sql: CASE
          WHEN ${cis_unauthorized_api_call} = 'Yes' THEN '3.1 Unauthorized API call'
          WHEN ${cis_console_login_without_mfa} = 'Yes' THEN '3.2 Console login without MFA'
          WHEN ${cis_root_use} = 'Yes' THEN '3.3 Root account use'
          WHEN ${cis_iam_policy_change} = 'Yes' THEN '3.4 IAM policy change'
          WHEN ${cis_cloudtrail_change} = 'Yes' THEN '3.5 CloudTrail configuration change'
          WHEN ${cis_console_login_failure} = 'Yes' THEN '3.6 Console login failure'
          WHEN ${cis_kms_key_disable_or_delete} = 'Yes' THEN '3.7 KMS key disabled or scheduled for deletion'
          WHEN ${cis_s3_bucket_policy_change} = 'Yes' THEN '3.8 S3 bucket policy change'
          WHEN ${cis_config_change} = 'Yes' THEN '3.9 AWS Config change'
          WHEN ${cis_security_group_change} = 'Yes' THEN '3.10 Security group change'
          WHEN ${cis_nacl_change} = 'Yes' THEN '3.11 Network ACL change'
          WHEN ${cis_network_gateway_change} = 'Yes' THEN '3.12 Network gateway change'
          WHEN ${cis_route_table_change} = 'Yes' THEN '3.13 Route table change'
          WHEN ${cis_vpc_change} = 'Yes' THEN '3.14 VPC change'
        END ;;
  }

  # ---------------------------------------------------------------- Measures

  measure: events {
    type: count
    label: "Events"
    drill_fields: [event_detail*]
  }

  measure: errors {
    type: count
    label: "Errors"
    filters: [is_error: "yes"]
    drill_fields: [error_detail*]
  }

  measure: error_rate {
    type: number
    label: "Error Rate"
    description: "Errors as a share of events."
    sql: 1.0 * ${errors} / NULLIF(${events}, 0) ;;
    value_format_name: percent_2
    drill_fields: [error_detail*]
  }

  measure: access_denied_events {
    type: count
    label: "Access Denied"
    filters: [is_access_denied: "yes"]
    drill_fields: [error_detail*]
  }

  measure: console_logins {
    type: count
    label: "Console Logins"
    filters: [event_name: "ConsoleLogin"]
    drill_fields: [login_detail*]
  }

  measure: successful_console_logins {
    type: count
    label: "Successful Console Logins"
    filters: [console_login_outcome: "Success"]
    drill_fields: [login_detail*]
  }

  measure: failed_console_logins {
    type: count
    label: "Failed Console Logins"
    filters: [console_login_outcome: "Failure"]
    drill_fields: [login_detail*]
  }

  measure: console_logins_without_mfa {
    type: count
    label: "Console Logins Without MFA"
    filters: [is_console_login_without_mfa: "yes"]
    drill_fields: [login_detail*]
  }

  measure: distinct_actors {
    type: count_distinct
    label: "Actors"
    sql: ${actor} ;;
    drill_fields: [event_detail*]
  }

  measure: distinct_users {
    type: count_distinct
    label: "Users"
    description: "Distinct user names (IAM users and identities with a userName)."
    sql: NULLIF(${user_name}, '') ;;
    drill_fields: [event_detail*]
  }

  measure: distinct_source_ips {
    type: count_distinct
    label: "Source IPs"
    sql: ${source_ip_address} ;;
    drill_fields: [event_detail*]
  }

  measure: distinct_accounts {
    type: count_distinct
    label: "Accounts"
    sql: ${account_id} ;;
    drill_fields: [event_detail*]
  }

  measure: distinct_regions {
    type: count_distinct
    label: "Regions"
    sql: ${aws_region} ;;
    drill_fields: [event_detail*]
  }

  measure: root_events {
    type: count
    label: "Root Events"
    filters: [is_root: "yes"]
    drill_fields: [event_detail*]
  }

  measure: write_events {
    type: count
    label: "Write Events"
    filters: [is_write: "yes"]
    drill_fields: [event_detail*]
  }

  measure: security_group_changes {
    type: count
    label: "Security Group Changes"
    filters: [is_security_group_change: "yes"]
    drill_fields: [security_group_detail*]
  }

  measure: security_groups_opened_to_world {
    type: count
    label: "Rules Opened To The World"
    filters: [opened_to_world: "yes"]
    drill_fields: [security_group_detail*]
  }

  measure: cis_unauthorized_api_calls {
    type: count
    label: "3.1 Unauthorized API Calls"
    group_label: "CIS Monitoring"
    filters: [cis_unauthorized_api_call: "yes"]
    drill_fields: [error_detail*]
  }

  measure: cis_console_logins_without_mfa {
    type: count
    label: "3.2 Console Logins Without MFA"
    group_label: "CIS Monitoring"
    filters: [cis_console_login_without_mfa: "yes"]
    drill_fields: [login_detail*]
  }

  measure: cis_root_uses {
    type: count
    label: "3.3 Root Account Use"
    group_label: "CIS Monitoring"
    filters: [cis_root_use: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_iam_policy_changes {
    type: count
    label: "3.4 IAM Policy Changes"
    group_label: "CIS Monitoring"
    filters: [cis_iam_policy_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_cloudtrail_changes {
    type: count
    label: "3.5 CloudTrail Configuration Changes"
    group_label: "CIS Monitoring"
    filters: [cis_cloudtrail_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_console_login_failures {
    type: count
    label: "3.6 Console Login Failures"
    group_label: "CIS Monitoring"
    filters: [cis_console_login_failure: "yes"]
    drill_fields: [login_detail*]
  }

  measure: cis_kms_key_disables_or_deletions {
    type: count
    label: "3.7 KMS Keys Disabled or Scheduled for Deletion"
    group_label: "CIS Monitoring"
    filters: [cis_kms_key_disable_or_delete: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_s3_bucket_policy_changes {
    type: count
    label: "3.8 S3 Bucket Policy Changes"
    group_label: "CIS Monitoring"
    filters: [cis_s3_bucket_policy_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_config_changes {
    type: count
    label: "3.9 AWS Config Changes"
    group_label: "CIS Monitoring"
    filters: [cis_config_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_security_group_changes {
    type: count
    label: "3.10 Security Group Changes"
    group_label: "CIS Monitoring"
    filters: [cis_security_group_change: "yes"]
    drill_fields: [security_group_detail*]
  }

  measure: cis_nacl_changes {
    type: count
    label: "3.11 Network ACL Changes"
    group_label: "CIS Monitoring"
    filters: [cis_nacl_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_network_gateway_changes {
    type: count
    label: "3.12 Network Gateway Changes"
    group_label: "CIS Monitoring"
    filters: [cis_network_gateway_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_route_table_changes {
    type: count
    label: "3.13 Route Table Changes"
    group_label: "CIS Monitoring"
    filters: [cis_route_table_change: "yes"]
    drill_fields: [event_detail*]
  }

  measure: cis_vpc_changes {
    type: count
    label: "3.14 VPC Changes"
    group_label: "CIS Monitoring"
    filters: [cis_vpc_change: "yes"]
    drill_fields: [event_detail*]
  }

  # ---------------------------------------------------------------- Drill sets (each ends at event rows with event_id)

  set: event_detail {
    fields: [event_id, event_time_time, actor, user_type, account_id, aws_region, event_source, event_name,
      source_ip_address, error_code]
  }

  set: error_detail {
    fields: [event_id, event_time_time, actor, event_source, event_name, error_code, error_message, source_ip_address]
  }

  set: login_detail {
    fields: [event_id, event_time_time, actor, user_type, source_ip_address, console_login_outcome, mfa_used,
      error_message, user_agent]
  }

  set: security_group_detail {
    fields: [event_id, event_time_time, actor, event_name, security_group, network_interface_id, sg_protocol,
      sg_port_range, sg_cidr, opened_to_world, source_ip_address]
  }
}
