-- trailscope's built-in block on Trino or Athena: run once, then point trailscope's "trailscope"
-- connection at the schema that holds these views (here "trailscope"; create it first).
-- It assumes the standard Athena CloudTrail table at default.cloudtrail_logs: change that name below.

-- The events, with the typed helper columns the embedded store has (event_timestamp is what the
-- event_time dimension group reads; the others are NULL here).
CREATE OR REPLACE VIEW trailscope.cloudtrail_logs AS
SELECT
  t.*,
  CAST(try(from_iso8601_timestamp(t.eventtime)) AT TIME ZONE 'UTC' AS TIMESTAMP) AS event_timestamp,
  CAST(CAST(try(from_iso8601_timestamp(t.eventtime)) AT TIME ZONE 'UTC' AS TIMESTAMP) AS DATE) AS event_date,
  CAST(NULL AS VARCHAR) AS managementevent,
  CAST(NULL AS VARCHAR) AS insightdetails,
  CAST(NULL AS VARCHAR) AS extra_fields,
  CAST(NULL AS BIGINT) AS source_file_id
FROM default.cloudtrail_logs AS t;

-- No geo-IP data on this engine: an empty ip_geo, so geo fields read "Geo-IP unavailable".
CREATE OR REPLACE VIEW trailscope.ip_geo AS
SELECT
  CAST(NULL AS VARCHAR) AS ip,
  CAST(NULL AS VARCHAR) AS ip_class,
  CAST(NULL AS VARCHAR) AS country_code,
  CAST(NULL AS VARCHAR) AS country_name,
  CAST(NULL AS VARCHAR) AS city,
  CAST(NULL AS DOUBLE) AS latitude,
  CAST(NULL AS DOUBLE) AS longitude,
  CAST(NULL AS BIGINT) AS asn,
  CAST(NULL AS VARCHAR) AS as_org,
  CAST(NULL AS VARCHAR) AS geo_source
FROM (VALUES 1) AS nothing (x)
WHERE false;

-- Account names: empty (names fall back to account ids). Replace with a table of (account_id, account_name) to name them.
CREATE OR REPLACE VIEW trailscope.account_names AS
SELECT CAST(NULL AS VARCHAR) AS account_id, CAST(NULL AS VARCHAR) AS account_name
FROM (VALUES 1) AS nothing (x)
WHERE false;
