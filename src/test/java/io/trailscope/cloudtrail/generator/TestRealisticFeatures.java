package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The features the dashboards need, looked for in the shared 20k-event sample. */
final class TestRealisticFeatures {
    @Test
    void failedConsoleLoginsHaveAMessageAndNoErrorCode() {
        List<JsonNode> failures = select(event -> name(event).equals("ConsoleLogin") && event.has("errorMessage"));

        assertThat(failures).hasSizeGreaterThan(10);
        for (JsonNode failure : failures) {
            assertThat(failure.has("errorCode")).isFalse();
            assertThat(failure.get("errorMessage").asText())
                    .isIn("Failed authentication", "No username found in supplied account");
            assertThat(failure.get("responseElements").get("ConsoleLogin").asText()).isEqualTo("Failure");
            assertThat(failure.get("eventType").asText()).isEqualTo("AwsConsoleSignIn");
            assertThat(failure.get("eventSource").asText()).isEqualTo("signin.amazonaws.com");
        }
        assertThat(failures).anySatisfy(failure -> assertThat(failure.get("userIdentity").get("userName").asText())
                .isEqualTo("HIDDEN_DUE_TO_SECURITY_REASONS"));
    }

    @Test
    void successfulConsoleLoginsWithAndWithoutMfa() {
        List<JsonNode> successes = select(event -> name(event).equals("ConsoleLogin") && !event.has("errorMessage"));

        assertThat(successes).hasSizeGreaterThan(30);
        assertThat(successes).allSatisfy(success ->
                assertThat(success.get("responseElements").get("ConsoleLogin").asText()).isEqualTo("Success"));
        Set<String> mfa = new HashSet<>();
        successes.forEach(success -> mfa.add(success.get("additionalEventData").get("MFAUsed").asText()));
        assertThat(mfa).containsExactlyInAnyOrder("Yes", "No");
        long home = successes.stream().filter(success -> success.get("awsRegion").asText().equals("us-east-1")).count();
        assertThat(home).isGreaterThan(successes.size() / 2);
    }

    @Test
    void rootSignsInRarely() {
        List<JsonNode> root = select(event -> type(event).equals("Root"));

        assertThat(root).isNotEmpty();
        assertThat(root.size()).isLessThan(GeneratedSample.records().size() / 100);
        assertThat(root).anySatisfy(event -> assertThat(name(event)).isEqualTo("ConsoleLogin"));
        assertThat(root).allSatisfy(event -> assertThat(event.get("userIdentity").get("arn").asText()).endsWith(":root"));
        assertThat(root).anySatisfy(event -> assertThat(event.get("userIdentity").path("invokedBy").asText())
                .isEqualTo("signin.amazonaws.com"));
    }

    @Test
    void authorizationFailuresInEachServicesWords() {
        List<JsonNode> denied = select(event -> event.path("errorCode").asText().equals("AccessDenied"));
        List<JsonNode> unauthorized = select(event -> event.path("errorCode").asText()
                .equals("Client.UnauthorizedOperation"));

        assertThat(denied).hasSizeGreaterThan(10);
        assertThat(unauthorized).hasSizeGreaterThan(5);
        assertThat(unauthorized).allSatisfy(event -> {
            assertThat(event.get("eventSource").asText()).isEqualTo("ec2.amazonaws.com");
            assertThat(event.get("errorMessage").asText()).startsWith("You are not authorized to perform this operation.");
        });
        assertThat(select(event -> event.path("errorCode").asText().equals("AccessDeniedException"))).isNotEmpty();
    }

    @Test
    void securityGroupRulesInBothShapes() {
        List<JsonNode> ingress = select(event -> name(event).equals("AuthorizeSecurityGroupIngress"));
        List<JsonNode> flat = new ArrayList<>();
        List<JsonNode> nested = new ArrayList<>();
        Set<String> cidrs = new HashSet<>();
        for (JsonNode event : ingress) {
            JsonNode request = event.get("requestParameters");
            assertThat(request.path("groupId").asText("") + request.path("groupName").asText("")).isNotEmpty();
            if (request.has("cidrIp")) {
                flat.add(event);
                cidrs.add(request.get("cidrIp").asText());
            } else {
                nested.add(event);
                for (JsonNode permission : request.get("ipPermissions").get("items")) {
                    permission.path("ipRanges").path("items").forEach(range -> cidrs.add(range.get("cidrIp").asText()));
                    permission.path("ipv6Ranges").path("items").forEach(range -> cidrs.add(range.get("cidrIpv6").asText()));
                }
            }
        }
        assertThat(flat).isNotEmpty();
        assertThat(nested).isNotEmpty();
        assertThat(cidrs).contains("0.0.0.0/0", "::/0");
        assertThat(select(event -> name(event).equals("RevokeSecurityGroupIngress"))).isNotEmpty();
        assertThat(select(event -> name(event).equals("CreateSecurityGroup"))).isNotEmpty();
    }

    @Test
    void networkInterfaceChangesNameGroupsAndInterfaces() {
        List<JsonNode> changes = select(event -> name(event).equals("ModifyNetworkInterfaceAttribute"));

        assertThat(changes).isNotEmpty();
        assertThat(changes).anySatisfy(event -> {
            String request = event.get("requestParameters").toString();
            assertThat(request).contains("eni-").contains("sg-");
        });
    }

    @Test
    void ec2InstanceLifecycle() {
        for (String name : List.of("RunInstances", "StartInstances", "StopInstances", "TerminateInstances")) {
            List<JsonNode> events = select(event -> name(event).equals(name) && !event.has("errorCode"));
            assertThat(events).as(name).isNotEmpty();
            assertThat(events.get(0).get("responseElements").get("instancesSet").get("items").get(0)
                    .get("instanceId").asText()).startsWith("i-");
        }
    }

    @Test
    void everyKindOfIdentity() {
        Set<String> types = new HashSet<>();
        GeneratedSample.records().forEach(event -> types.add(type(event)));

        assertThat(types).contains("IAMUser", "AssumedRole", "Root", "AWSService", "FederatedUser", "AWSAccount",
                "SAMLUser", "WebIdentityUser");
        List<JsonNode> services = select(event -> type(event).equals("AWSService"));
        assertThat(services).allSatisfy(event -> {
            String invokedBy = event.get("userIdentity").get("invokedBy").asText();
            assertThat(invokedBy).endsWith(".amazonaws.com");
            assertThat(event.get("sourceIPAddress").asText()).isEqualTo(invokedBy);
        });
        assertThat(select(event -> event.path("userIdentity").path("sessionContext").path("sessionIssuer")
                .path("userName").asText().startsWith("AWSReservedSSO_"))).isNotEmpty();
        assertThat(select(event -> type(event).equals("AssumedRole") && event.get("userIdentity").path("sessionContext")
                .path("attributes").path("mfaAuthenticated").asText().equals("true"))).isNotEmpty();
        assertThat(select(event -> type(event).equals("AssumedRole") && event.get("userIdentity").has("accessKeyId")))
                .allSatisfy(event -> assertThat(event.get("userIdentity").get("accessKeyId").asText()).startsWith("ASIA"));
    }

    @Test
    void iamUsersPerAccountAreStable() {
        Map<String, Set<String>> users = new HashMap<>();
        for (JsonNode event : GeneratedSample.records()) {
            JsonNode identity = event.get("userIdentity");
            if (type(event).equals("IAMUser") && identity.has("arn")) {
                users.computeIfAbsent(identity.get("accountId").asText(), account -> new HashSet<>())
                        .add(identity.get("userName").asText());
            }
        }
        assertThat(users).hasSize(3);
        users.values().forEach(names -> assertThat(names.size()).isBetween(8, 40));
    }

    @Test
    void eventVersionsAreModern() {
        Set<String> versions = new HashSet<>();
        GeneratedSample.records().forEach(event -> versions.add(event.get("eventVersion").asText()));

        assertThat(versions).isSubsetOf("1.08", "1.09", "1.10", "1.11").contains("1.08", "1.09", "1.10");
    }

    @Test
    void commonFieldsOfApiCalls() {
        for (JsonNode event : GeneratedSample.records()) {
            assertThat(event.get("eventID").asText()).matches("[0-9a-f-]{36}");
            assertThat(event.get("readOnly").isBoolean()).isTrue();
            assertThat(event.get("managementEvent").asBoolean()).isTrue();
            assertThat(event.get("eventCategory").asText()).isEqualTo("Management");
            assertThat(event.get("eventType").asText()).isIn("AwsApiCall", "AwsConsoleSignIn", "AwsServiceEvent");
            String source = event.get("sourceIPAddress").asText();
            boolean client = Character.isDigit(source.charAt(0));
            assertThat(event.has("tlsDetails")).as(source).isEqualTo(client);
        }
        assertThat(select(event -> event.path("sessionCredentialFromConsole").asText().equals("true"))).isNotEmpty();
        assertThat(select(event -> event.has("vpcEndpointId"))).allSatisfy(event -> {
            assertThat(event.get("sourceIPAddress").asText()).startsWith("10.");
            assertThat(event.get("vpcEndpointId").asText()).startsWith("vpce-");
        });
        assertThat(select(event -> event.has("vpcEndpointId"))).isNotEmpty();
        assertThat(select(event -> event.get("sourceIPAddress").asText().equals("AWS Internal"))).isNotEmpty();
        assertThat(select(event -> name(event).equals("Decrypt") && event.has("resources"))).isNotEmpty();
    }

    @Test
    void someEventsAreDeliveredTwiceAsIdenticalRecords() {
        Map<String, String> byId = new HashMap<>();
        int duplicates = 0;
        for (JsonNode event : GeneratedSample.records()) {
            String previous = byId.put(event.get("eventID").asText(), event.toString());
            if (previous != null) {
                duplicates++;
                assertThat(event.toString()).isEqualTo(previous);
            }
        }
        assertThat(duplicates).isPositive().isEqualTo((int) GeneratedSample.summary().duplicateRecords());
        assertThat(duplicates).isLessThan(100);
    }

    @Test
    void recordsAreNearlyButNotPerfectlySorted() {
        int unsorted = 0;
        for (Path file : GeneratedSample.logFiles()) {
            String previous = "";
            for (JsonNode event : GeneratedSample.read(file).get("Records")) {
                String time = event.get("eventTime").asText();
                if (time.compareTo(previous) < 0) {
                    unsorted++;
                }
                previous = time;
            }
        }
        assertThat(unsorted).isPositive().isLessThan(GeneratedSample.records().size() / 20);
    }

    @Test
    void officeHoursAreBusyNightsAndWeekendsQuiet() {
        long[] weekdayHours = new long[24];
        long weekend = 0;
        long weekday = 0;
        for (JsonNode event : GeneratedSample.records()) {
            ZonedDateTime time = Instant.parse(event.get("eventTime").asText()).atZone(ZoneOffset.UTC);
            if (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekend++;
            } else {
                weekday++;
                weekdayHours[time.getHour()]++;
            }
        }
        long busiest = Arrays.stream(weekdayHours).max().orElseThrow();
        long quietest = Arrays.stream(weekdayHours).min().orElseThrow();
        assertThat(busiest).isGreaterThan(2 * quietest);
        assertThat(quietest).as("automation never sleeps").isGreaterThan(busiest / 10);
        assertThat(weekend / 2.0).as("per weekend day").isLessThan(0.6 * weekday / 5.0);
    }

    @Test
    void usEastOneCarriesMostTraffic() {
        Map<String, Integer> regions = new HashMap<>();
        GeneratedSample.records().forEach(event -> regions.merge(event.get("awsRegion").asText(), 1, Integer::sum));
        int home = regions.get("us-east-1");

        assertThat(regions).hasSize(10);
        regions.forEach((region, count) -> assertThat(count).isLessThanOrEqualTo(home));
        assertThat(home).isGreaterThan(GeneratedSample.records().size() / 3);
    }

    private static List<JsonNode> select(Predicate<JsonNode> filter) {
        return GeneratedSample.records().stream().filter(filter).toList();
    }

    private static String name(JsonNode event) {
        return event.get("eventName").asText();
    }

    private static String type(JsonNode event) {
        return event.get("userIdentity").path("type").asText("(none)");
    }
}
