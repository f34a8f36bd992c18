package io.trailscope.query.plan;

import java.util.List;

/**
 * The LookML and data the planner tests share. Users and their events: alice (visits 2.5) has 2 events, bob (6.25)
 * 2, carol (NULL) 1, dave (1.0) none; one event has no user and an unreadable time. "Now" is Friday
 * 2024-05-18 18:30:02 UTC, the instant of Looker's date-filter documentation.
 */
final class PlannerFixture {
    static final String NOW = "2024-05-18T18:30:02Z";

    static final String MODEL = """
            connection: "warehouse"
            include: "*.view"
            explore: events {
              join: users {
                type: left_outer
                sql_on: ${events.user_name} = ${users.user_name} ;;
                relationship: many_to_one
              }
              join: teams {
                sql_on: ${users.team} = ${teams.team} ;;
                relationship: many_to_one
              }
            }
            explore: users {
              join: events {
                sql_on: ${users.user_name} = ${events.user_name} ;;
                relationship: one_to_many
              }
            }
            explore: guarded {
              from: events
              sql_always_where: ${guarded.event_source} <> 'ec2' ;;
              always_filter: { filters: [guarded.region: "-us-west-2"] }
              conditionally_filter: { filters: [guarded.event_time_date: "7 days"] unless: [guarded.event_id] }
            }
            explore: user_facts {}
            """;

    static final String VIEWS = """
            view: events {
              sql_table_name: audit.events ;;
              dimension: event_id { primary_key: yes type: number }
              dimension: event_name { sql: ${TABLE}.event_name ;; }
              dimension: event_source {}
              dimension: region {}
              dimension: user_name {}
              dimension: error_code {}
              dimension: is_error { type: yesno sql: ${TABLE}.error_message IS NOT NULL ;; }
              dimension: bytes { type: number }
              dimension: size { type: tier tiers: [5, 10] style: integer sql: ${bytes} ;; }
              dimension: severity {
                case: {
                  when: { sql: ${bytes} >= 10 ;; label: "High" }
                  when: { sql: ${bytes} >= 5 ;; label: "Medium" }
                  else: "Low"
                }
              }
              dimension: spot { type: location sql_latitude: 1.5 ;; sql_longitude: ${bytes} ;; }
              dimension: zip { type: zipcode sql: '0' || CAST(${event_id} AS VARCHAR) ;; }
              dimension: day { type: date sql: from_iso8601_timestamp(${TABLE}.eventtime) ;; }
              dimension_group: age {
                type: duration
                intervals: [day, hour]
                sql_start: from_iso8601_timestamp(${TABLE}.eventtime) ;;
                sql_end: CAST('2024-05-19 00:00:00+00' AS TIMESTAMP WITH TIME ZONE) ;;
              }
              dimension_group: event_time {
                type: time
                timeframes: [raw, time, date, week, month, quarter, year, hour, minute15, hour_of_day,
                  day_of_week, day_of_week_index, month_name]
                sql: from_iso8601_timestamp(${TABLE}.eventtime) ;;
              }
              measure: count { type: count }
              measure: errors { type: count filters: [is_error: "yes"] }
              measure: logins { type: count filters: { field: event_name value: "ConsoleLogin" } }
              measure: total_bytes { type: sum sql: ${bytes} ;; }
              measure: average_bytes { type: average sql: ${bytes} ;; }
              measure: error_rate { type: number sql: 1.0 * ${errors} / NULLIF(${count}, 0) ;; }
              measure: users { type: count_distinct sql: ${user_name} ;; }
              measure: smallest { type: min sql: ${bytes} ;; }
              measure: largest { type: max sql: ${bytes} ;; }
              measure: median_bytes { type: median sql: ${bytes} ;; }
              measure: p75_bytes { type: percentile percentile: 75 sql: ${bytes} ;; }
              measure: names { type: list list_field: event_name }
              measure: unique_bytes { type: sum_distinct sql: ${bytes} ;; sql_distinct_key: ${event_id} ;; }
              measure: failed_logins {
                type: count
                filters: { field: event_name value: "ConsoleLogin" }
                filters: { field: is_error value: "yes" }
              }
            }
            view: users {
              sql_table_name: audit.users ;;
              dimension: user_name { primary_key: yes }
              dimension: team {}
              dimension: visits { type: number }
              measure: count { type: count }
              measure: total_visits { type: sum sql: ${visits} ;; }
              measure: average_visits { type: average sql: ${visits} ;; }
              measure: teams { type: count_distinct sql: ${team} ;; }
            }
            view: teams {
              sql_table_name: audit.teams ;;
              dimension: team { primary_key: yes }
              dimension: floor { type: number }
            }
            view: user_facts {
              derived_table: {
                sql: SELECT user_name, count(*) AS events FROM ${events.SQL_TABLE_NAME} GROUP BY 1 ;;
              }
              dimension: user_name { primary_key: yes }
              dimension: events { type: number }
              measure: total_events { type: sum sql: ${events} ;; }
            }
            """;

    static final List<String> DATA = List.of(
            "CREATE SCHEMA audit",
            "CREATE TABLE audit.users (user_name VARCHAR, team VARCHAR, visits DECIMAL(10, 2))",
            "INSERT INTO audit.users VALUES ('alice', 'red', 2.5), ('bob', 'blue', 6.25), ('carol', 'red', NULL),"
                    + " ('dave', 'blue', 1.0)",
            "CREATE TABLE audit.teams (team VARCHAR, floor INTEGER)",
            "INSERT INTO audit.teams VALUES ('red', 1), ('blue', 2)",
            "CREATE TABLE audit.events (event_id INTEGER, user_name VARCHAR, event_name VARCHAR,"
                    + " event_source VARCHAR, region VARCHAR, error_code VARCHAR, error_message VARCHAR,"
                    + " eventtime VARCHAR, bytes INTEGER)",
            "INSERT INTO audit.events VALUES"
                    + " (1, 'alice', 'ConsoleLogin', 'signin', 'us-east-1', NULL, NULL, '2024-05-17T10:00:00Z', 10),"
                    + " (2, 'alice', 'GetObject', 's3', 'us-east-1', 'AccessDenied', 'denied',"
                    + " '2024-05-18T01:30:00Z', 20),"
                    + " (3, 'bob', 'ConsoleLogin', 'signin', 'eu-west-1', NULL, 'Failed authentication',"
                    + " '2024-05-18T17:45:00Z', 5),"
                    + " (4, 'bob', 'PutObject', 's3', 'eu-west-1', NULL, NULL, '2024-05-11T23:59:59Z', NULL),"
                    + " (5, 'carol', 'DescribeInstances', 'ec2', 'us-east-1', NULL, NULL, '2024-04-30T12:00:00Z', 7),"
                    + " (6, NULL, 'GetObject', 's3', 'us-west-2', 'AccessDenied', 'x', 'redacted', 1)");

    private PlannerFixture() {}
}
