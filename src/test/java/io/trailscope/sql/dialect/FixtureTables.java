package io.trailscope.sql.dialect;

import java.util.List;

/**
 * The small tables the golden queries run against on DuckDB: CloudTrail-like events (many) and users (one).
 * Times are UTC wall clock; two events sit on each side of the 2024 US DST changes.
 */
final class FixtureTables {
    static final List<String> STATEMENTS = List.of(
            "CREATE SCHEMA aws",
            "CREATE TABLE aws.cloudtrail_logs (event_id VARCHAR, event_name VARCHAR, event_source VARCHAR,"
                    + " event_time TIMESTAMP, event_time_tz TIMESTAMPTZ, user_name VARCHAR, error_code VARCHAR,"
                    + " request_parameters VARCHAR, bytes BIGINT, aws_region VARCHAR)",
            "INSERT INTO aws.cloudtrail_logs VALUES"
                    + " ('e1', 'ConsoleLogin', 'signin.amazonaws.com', TIMESTAMP '2024-03-10 09:59:59',"
                    + " TIMESTAMPTZ '2024-03-10 09:59:59+00', 'alice', NULL, '{\"bucketName\":\"logs\"}', 10, 'us-east-1'),"
                    + " ('e2', 'ConsoleLogin', 'signin.amazonaws.com', TIMESTAMP '2024-03-10 10:30:00',"
                    + " TIMESTAMPTZ '2024-03-10 10:30:00+00', 'alice', 'Failed authentication', NULL, 20, 'us-east-1'),"
                    + " ('e3', 'GetObject', 's3.amazonaws.com', TIMESTAMP '2024-11-03 08:30:00',"
                    + " TIMESTAMPTZ '2024-11-03 08:30:00+00', 'bob', 'AccessDenied', '{\"bucketName\":\"data\"}', 30,"
                    + " 'eu-west-1'),"
                    + " ('e4', 'PutObject', 's3.amazonaws.com', TIMESTAMP '2024-11-03 09:30:00',"
                    + " TIMESTAMPTZ '2024-11-03 09:30:00+00', 'bob', NULL, '{\"bucketName\":\"data\"}', 40, 'eu-west-1'),"
                    + " ('e5', 'RunInstances', 'ec2.amazonaws.com', TIMESTAMP '2024-12-30 23:45:10',"
                    + " TIMESTAMPTZ '2024-12-30 23:45:10+00', 'carol', NULL, NULL, 50, 'us-west-2'),"
                    + " ('e6', 'DescribeInstances', 'ec2.amazonaws.com', TIMESTAMP '2025-01-01 00:00:00',"
                    + " TIMESTAMPTZ '2025-01-01 00:00:00+00', NULL, NULL, NULL, NULL, 'us-west-2')",
            "CREATE TABLE users (user_name VARCHAR, team VARCHAR, visits DOUBLE, logins INTEGER, spend DECIMAL(12, 2))",
            "INSERT INTO users VALUES ('alice', 'a', 2.5, 3, 10.10), ('bob', 'b', 6.25, 2148, 20.20),"
                    + " ('carol', 'a', NULL, NULL, NULL), ('dave', 'c', 1.0, 1, 5.00)");

    private FixtureTables() {}
}
