package io.trailscope.sql.dialect;

import io.trailscope.sql.SqlType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The small tables the golden queries run against: CloudTrail-like events (many) and users (one). Times are
 * UTC; two events sit on each side of the 2024 US DST changes. The DDL is spelled by the dialect under test.
 */
final class FixtureTables {
    private FixtureTables() {}

    static List<String> statements(Dialect dialect) {
        String timestamp = dialect.typeName(SqlType.TIMESTAMP);
        String instant = dialect.typeName(SqlType.TIMESTAMP_WITH_TIME_ZONE);
        List<String> statements = new ArrayList<>();
        statements.add("CREATE SCHEMA aws");
        statements.add("CREATE TABLE aws.cloudtrail_logs (event_id VARCHAR, event_name VARCHAR, event_source VARCHAR,"
                + " event_time " + timestamp + ", event_time_tz " + instant + ", user_name VARCHAR,"
                + " error_code VARCHAR, request_parameters VARCHAR, bytes BIGINT, aws_region VARCHAR)");
        statements.add("INSERT INTO aws.cloudtrail_logs VALUES "
                + event(dialect, "e1", "ConsoleLogin", "signin", "2024-03-10T09:59:59", "'alice'", "NULL",
                        "'{\"bucketName\":\"logs\"}'", "10", "us-east-1") + ", "
                + event(dialect, "e2", "ConsoleLogin", "signin", "2024-03-10T10:30:00", "'alice'",
                        "'Failed authentication'", "NULL", "20", "us-east-1") + ", "
                + event(dialect, "e3", "GetObject", "s3", "2024-11-03T08:30:00", "'bob'", "'AccessDenied'",
                        "'{\"bucketName\":\"data\"}'", "30", "eu-west-1") + ", "
                + event(dialect, "e4", "PutObject", "s3", "2024-11-03T09:30:00", "'bob'", "NULL",
                        "'{\"bucketName\":\"data\"}'", "40", "eu-west-1") + ", "
                + event(dialect, "e5", "RunInstances", "ec2", "2024-12-30T23:45:10", "'carol'", "NULL", "NULL", "50",
                        "us-west-2") + ", "
                + event(dialect, "e6", "DescribeInstances", "ec2", "2025-01-01T00:00:00", "NULL", "NULL", "NULL",
                        "NULL", "us-west-2"));
        statements.add("CREATE TABLE users (user_name VARCHAR, team VARCHAR, visits DOUBLE, logins INTEGER,"
                + " spend DECIMAL(12, 2))");
        statements.add("INSERT INTO users VALUES ('alice', 'a', 2.5, 3, 10.10), ('bob', 'b', 6.25, 2148, 20.20),"
                + " ('carol', 'a', NULL, NULL, NULL), ('dave', 'c', 1.0, 1, 5.00)");
        return statements;
    }

    private static String event(Dialect dialect, String id, String name, String service, String utc, String user,
            String errorCode, String requestParameters, String bytes, String region) {
        LocalDateTime time = LocalDateTime.parse(utc);
        Instant instant = time.toInstant(ZoneOffset.UTC);
        return "('" + id + "', '" + name + "', '" + service + ".amazonaws.com', " + dialect.timestampLiteral(time)
                + ", " + dialect.timestampTzLiteral(instant) + ", " + user + ", " + errorCode + ", "
                + requestParameters + ", " + bytes + ", '" + region + "')";
    }
}
