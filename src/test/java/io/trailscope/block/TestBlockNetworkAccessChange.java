package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.dashboard.DashboardResult;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ModifyInstanceAttribute and ModifyNetworkInterfaceAttribute are network access changes only when they set the
 * groups ({@code groupSet}); the grycap corpus has seven that change termination protection or the instance type.
 */
final class TestBlockNetworkAccessChange {
    @TempDir
    Path temp;

    private static String event(String id, String name, String requestParameters) {
        return "{\"eventVersion\":\"1.05\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"alice\","
                + "\"accountId\":\"111122223333\"},\"eventTime\":\"2024-03-04T10:00:00Z\",\"eventSource\":\"ec2.amazonaws.com\","
                + "\"eventName\":\"" + name + "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"8.8.8.8\","
                + "\"eventID\":\"" + id + "\",\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"111122223333\","
                + "\"requestParameters\":" + requestParameters + "}";
    }

    @Test
    void onlyGroupChangesOfInstancesAndInterfacesCount() throws IOException {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Files.writeString(logs.resolve("events.json"), "{\"Records\":[" + String.join(",",
                event("termination", "ModifyInstanceAttribute", "{\"instanceId\":\"i-1\",\"disableApiTermination\":{\"value\":false}}"),
                event("type", "ModifyInstanceAttribute", "{\"instanceId\":\"i-1\",\"instanceType\":{\"value\":\"m1.small\"}}"),
                event("instance-groups", "ModifyInstanceAttribute",
                        "{\"instanceId\":\"i-1\",\"groupSet\":{\"items\":[{\"groupId\":\"sg-1\"}]}}"),
                event("eni-groups", "ModifyNetworkInterfaceAttribute",
                        "{\"networkInterfaceId\":\"eni-1\",\"groupSet\":{\"items\":[{\"groupId\":\"sg-2\"}]}}"),
                event("eni-check", "ModifyNetworkInterfaceAttribute",
                        "{\"networkInterfaceId\":\"eni-1\",\"sourceDestCheck\":{\"value\":false}}")) + "]}");
        Path store = temp.resolve("store.db");
        try (DuckDbStore opened = DuckDbStore.open(store)) {
            new IngestJob(opened, IngestOptions.defaults()).run(List.of(new LocalLogSource(logs)));
        }
        try (TestingDashboards dashboards = new TestingDashboards(store)) {
            DashboardResult ec2 = dashboards.run("ec2_security_group_modifications", Map.of());
            List<List<String>> rows = TestingDashboards.rows(ec2, "Security Group Modifications");
            assertThat(rows.stream().map(row -> row.get(row.size() - 1)).toList())
                    .containsExactlyInAnyOrder("instance-groups", "eni-groups");
            assertThat(rows).allSatisfy(row -> assertThat(row.get(3)).isIn("sg-1", "sg-2"));
        }
    }
}
