package io.trailscope.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small CloudTrail log files for tests. */
final class TestingLogs {
    private TestingLogs() {
    }

    static String event(String id, String time, String name) {
        return """
                {"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDA1","arn":"arn:aws:iam::123456789012:user/alice",\
                "accountId":"123456789012","accessKeyId":"AKIA1","userName":"alice","sessionContext":{"attributes":{"mfaAuthenticated":"false",\
                "creationDate":"2024-01-01T00:00:00Z"}}},"eventTime":"%s","eventSource":"ec2.amazonaws.com","eventName":"%s",\
                "awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15.30","requestParameters":{"groupId":"sg-1"},\
                "responseElements":null,"requestID":"r-%s","eventID":"%s","readOnly":true,"eventType":"AwsApiCall",\
                "managementEvent":true,"recipientAccountId":"123456789012","eventCategory":"Management"}"""
                .formatted(time, name, id, id).replace("\n", "");
    }

    static String records(List<String> events) {
        return "{\"Records\":[" + String.join(",", events) + "]}";
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    static Path writeGzip(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
