package io.trailscope.block;

import static io.trailscope.block.TestingDashboards.map;
import static io.trailscope.block.TestingDashboards.rows;
import static io.trailscope.block.TestingDashboards.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.TileResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every tile of the built-in dashboards, compiled by trailscope's own compiler, on the grycap corpus (skipped
 * without ../shared/corpus). Expected numbers come from ../shared/corpus/SOURCES.md or from hand-written SQL on
 * the raw store ({@link TestingStores#rows}), never from what a tile printed.
 */
final class TestBlockDashboardsOnGrycap {
    private static final String ACCESS_DENIED = "(errorcode LIKE 'AccessDenied%' OR errorcode LIKE '%UnauthorizedOperation')";
    private static Path store;
    private static TestingDashboards dashboards;
    private static final Map<String, DashboardResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryDashboard() {
        Optional<Path> grycap = TestingStores.grycap();
        assumeTrue(grycap.isPresent(), TestingStores.SKIP_MESSAGE);
        store = grycap.get();
        dashboards = new TestingDashboards(store);
        TestingDashboards.names().forEach(name -> RESULTS.put(name, dashboards.run(name, Map.of())));
    }

    @AfterAll
    static void close() {
        if (dashboards != null) {
            dashboards.close();
        }
    }

    private static String count(String where) {
        return TestingStores.eventCount(store, where);
    }

    private static Map<String, String> counts(String column, String where) {
        return TestingStores.eventCounts(store, column, where);
    }

    @Test
    void everyTileOfEveryDashboardRuns() {
        assertThat(RESULTS).hasSize(8);
        long queryTiles = 0;
        for (DashboardResult result : RESULTS.values()) {
            assertThat(result.filterValues()).containsEntry("Date", TestingDashboards.ALL_DATES);
            for (TileResult tile : result.tiles()) {
                assertThat(tile.error()).as(result.definition().name() + "/" + tile.title()).isEmpty();
                queryTiles += tile.isText() ? 0 : 1;
            }
        }
        assertThat(queryTiles).isEqualTo(65);
    }

    @Test
    void theDateFilterReallyFilters() {
        DashboardResult before = dashboards.run("security_overview", Map.of("Date", "before 2017/06/01"));
        assertThat(single(before, "Events")).isEqualTo("0");
        DashboardResult onTheDay = dashboards.run("security_overview", Map.of("Date", "2017/06/01"));
        assertThat(single(onTheDay, "Events")).isEqualTo("11412");
    }

    @Test
    void securityOverviewKpisAreSourcesFacts() {
        DashboardResult security = RESULTS.get("security_overview");
        assertThat(single(security, "Events")).isEqualTo("11412");
        assertThat(Double.parseDouble(single(security, "Error Rate"))).isCloseTo(1225.0 / 11412, within(1e-12));
        assertThat(single(security, "Root Events")).isEqualTo("21");
        assertThat(single(security, "Accounts")).isEqualTo(TestingStores.single(store,
                "SELECT count(DISTINCT recipientaccountid) FROM cloudtrail_logs")).isEqualTo("1");
        assertThat(single(security, "Console Logins without MFA")).isEqualTo(count(
                "eventname = 'ConsoleLogin' AND json_extract_string(additionaleventdata, '$.MFAUsed') = 'No'")).isEqualTo("16");
        assertThat(single(security, "Rules Opened to the World")).isEqualTo(count(
                "eventname = 'AuthorizeSecurityGroupIngress' AND requestparameters LIKE '%0.0.0.0/0%'")).isEqualTo("17");
    }

    @Test
    void securityOverviewCisTilesAgreeWithHandWrittenCounts() {
        DashboardResult security = RESULTS.get("security_overview");
        assertThat(single(security, "3.1 Unauthorized API Calls")).isEqualTo(count(ACCESS_DENIED)).isEqualTo("65");
        assertThat(single(security, "3.2 Console Logins without MFA")).isEqualTo("16");
        assertThat(single(security, "3.3 Root Account Use")).isEqualTo(count("useridentity.type = 'Root'"
                + " AND useridentity.invokedby IS NULL AND eventtype <> 'AwsServiceEvent'")).isEqualTo("0");
        assertThat(single(security, "3.6 Console Login Failures")).isEqualTo(count("eventname = 'ConsoleLogin'"
                + " AND (json_extract_string(responseelements, '$.ConsoleLogin') = 'Failure' OR errormessage IS NOT NULL)"))
                .isEqualTo("0");
        assertThat(single(security, "3.10 Security Group Changes")).isEqualTo("90");
        Map<String, String> byName = Map.of(
                "3.4 IAM Policy Changes", "'DeleteGroupPolicy','DeleteRolePolicy','DeleteUserPolicy','PutGroupPolicy',"
                        + "'PutRolePolicy','PutUserPolicy','CreatePolicy','DeletePolicy','CreatePolicyVersion',"
                        + "'DeletePolicyVersion','AttachRolePolicy','DetachRolePolicy','AttachUserPolicy',"
                        + "'DetachUserPolicy','AttachGroupPolicy','DetachGroupPolicy'",
                "3.5 CloudTrail Configuration Changes", "'CreateTrail','UpdateTrail','DeleteTrail','StartLogging','StopLogging'",
                "3.7 KMS Keys Disabled or Scheduled for Deletion", "'DisableKey','ScheduleKeyDeletion'",
                "3.8 S3 Bucket Policy Changes", "'PutBucketAcl','PutBucketPolicy','PutBucketCors','PutBucketLifecycle',"
                        + "'PutBucketReplication','DeleteBucketPolicy','DeleteBucketCors','DeleteBucketLifecycle',"
                        + "'DeleteBucketReplication'",
                "3.9 AWS Config Changes", "'StopConfigurationRecorder','DeleteDeliveryChannel','PutDeliveryChannel',"
                        + "'PutConfigurationRecorder'",
                "3.11 Network ACL Changes", "'CreateNetworkAcl','CreateNetworkAclEntry','DeleteNetworkAcl',"
                        + "'DeleteNetworkAclEntry','ReplaceNetworkAclEntry','ReplaceNetworkAclAssociation'",
                "3.12 Network Gateway Changes", "'CreateCustomerGateway','DeleteCustomerGateway','AttachInternetGateway',"
                        + "'CreateInternetGateway','DeleteInternetGateway','DetachInternetGateway'",
                "3.13 Route Table Changes", "'CreateRoute','CreateRouteTable','ReplaceRoute','ReplaceRouteTableAssociation',"
                        + "'DeleteRouteTable','DeleteRoute','DisassociateRouteTable'",
                "3.14 VPC Changes", "'CreateVpc','DeleteVpc','ModifyVpcAttribute','AcceptVpcPeeringConnection',"
                        + "'CreateVpcPeeringConnection','DeleteVpcPeeringConnection','RejectVpcPeeringConnection',"
                        + "'AttachClassicLinkVpc','DetachClassicLinkVpc','DisableVpcClassicLink','EnableVpcClassicLink'");
        byName.forEach((title, names) -> assertThat(single(security, title)).as(title)
                .isEqualTo(count("eventname IN (" + names + ")")));
    }

    @Test
    void accessDeniedByActorServiceAndAction() {
        DashboardResult security = RESULTS.get("security_overview");
        assertThat(map(rows(security, "Access Denied by Service"), 0, 1)).isEqualTo(counts("eventsource", ACCESS_DENIED));
        Map<String, String> actions = counts("eventname", ACCESS_DENIED);
        List<List<String>> byAction = rows(security, "Access Denied by Action");
        assertThat(byAction).hasSize(10);
        byAction.forEach(row -> assertThat(row.get(1)).as(row.get(0)).isEqualTo(actions.get(row.get(0))));
        assertThat(byAction.get(0)).containsExactly("GetUser", "27");
        List<List<String>> byActor = rows(security, "Access Denied by Actor");
        assertThat(byActor.stream().mapToLong(row -> Long.parseLong(row.get(1))).sum()).isEqualTo(65);
        Map<String, String> users = counts("useridentity.username", ACCESS_DENIED + " AND useridentity.type = 'IAMUser'");
        assertThat(users).hasSize(6);
        users.forEach((user, events) -> assertThat(byActor).as(user).contains(List.of(user, events)));
        assertThat(byActor).contains(List.of("aws-opsworks-service-role/OpsWorks", "1"));
    }

    @Test
    void errorOverviewTopErrorCodes() {
        DashboardResult errors = RESULTS.get("error_overview");
        List<List<String>> top = rows(errors, "Top Error Codes");
        Map<String, String> byCode = counts("errorcode", "errorcode IS NOT NULL");
        assertThat(top).hasSize(10);
        top.forEach(row -> assertThat(row.get(1)).as(row.get(0)).isEqualTo(byCode.get(row.get(0))));
        assertThat(top.subList(0, 4)).containsExactly(List.of("NoSuchWebsiteConfiguration", "502"),
                List.of("ValidationException", "314"), List.of("Client.InvalidSnapshot.InUse", "138"),
                List.of("AccessDenied", "57"));
        assertThat(rows(errors, "Errors and Events Over Time").get(0).subList(0, 3))
                .containsExactly("2017-06-01", "11412", "1225");
        assertThat(map(rows(errors, "Errors by User Type"), 0, 1))
                .isEqualTo(counts("useridentity.type", "errorcode IS NOT NULL"));
    }

    @Test
    void rootEvents() {
        List<List<String>> root = rows(RESULTS.get("operational_account_activity"), "Root Activity");
        List<List<String>> expected = TestingStores.rows(store, "SELECT eventname, useridentity.invokedby, sourceipaddress,"
                + " count(*) FROM cloudtrail_logs WHERE useridentity.type = 'Root' GROUP BY 1, 2, 3");
        assertThat(root).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(root.stream().mapToLong(row -> Long.parseLong(row.get(3))).sum()).isEqualTo(21);
    }

    @Test
    void securityGroupChanges() {
        DashboardResult ec2 = RESULTS.get("ec2_security_group_modifications");
        String changes = "eventname IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress',"
                + " 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')";
        assertThat(count(changes)).isEqualTo("90");
        Map<String, String> byName = counts("eventname", changes);
        List<List<String>> overTime = rows(ec2, "Security Group Changes Over Time");
        assertThat(overTime).hasSize(1);
        // Pivot columns in event-name order. The 7 ModifyInstanceAttribute events change termination protection or
        // the instance type, not groups (no "groupSet"), so they are not network access changes.
        assertThat(count("eventname = 'ModifyInstanceAttribute'")).isEqualTo("7");
        assertThat(count("eventname LIKE 'Modify%Attribute' AND requestparameters LIKE '%groupSet%'")).isEqualTo("0");
        assertThat(overTime.get(0)).containsExactly("2017-06-01", byName.get("AuthorizeSecurityGroupIngress"),
                byName.get("CreateSecurityGroup"), byName.get("DeleteSecurityGroup"),
                byName.get("RevokeSecurityGroupIngress"));
        assertThat(overTime.get(0).subList(1, 5).stream().mapToLong(Long::parseLong).sum()).isEqualTo(90);
        assertThat(rows(ec2, "Security Group Modifications")).hasSize(90);
        List<List<String>> world = rows(ec2, "Rules Opened to the World");
        assertThat(world.stream().map(row -> row.get(6)).toList()).containsExactlyInAnyOrderElementsOf(TestingStores
                .rows(store, "SELECT eventid FROM cloudtrail_logs WHERE eventname = 'AuthorizeSecurityGroupIngress'"
                        + " AND requestparameters LIKE '%0.0.0.0/0%'").stream().map(row -> row.get(0)).toList());
        assertThat(world).hasSize(17);
    }

    @Test
    void consoleLogins() {
        DashboardResult logins = RESULTS.get("console_login_overview");
        String login = "eventname = 'ConsoleLogin'";
        String success = count(login + " AND json_extract_string(responseelements, '$.ConsoleLogin') = 'Success'");
        assertThat(rows(logins, "Console Logins Over Time")).containsExactly(List.of("2017-06-01", success, "0"));
        assertThat(success).isEqualTo("16");
        assertThat(rows(logins, "Logins without Multi-Factor Auth").stream().mapToLong(row -> Long.parseLong(row.get(2))).sum())
                .isEqualTo(16);
        assertThat(map(rows(logins, "Logins without Multi-Factor Auth"), 0, 2)).isEqualTo(counts("useridentity.username",
                login + " AND json_extract_string(additionaleventdata, '$.MFAUsed') = 'No'"));
        Map<String, String> byUser = counts("useridentity.username", login);
        List<List<String>> top = rows(logins, "Top User Logins (Top 10)");
        assertThat(top).hasSize(10);
        top.forEach(row -> assertThat(row.get(1)).as(row.get(0)).isEqualTo(byUser.get(row.get(0))));
        assertThat(map(rows(logins, "Most Common IP Addresses"), 0, 3)).isEqualTo(counts("sourceipaddress", login));
        assertThat(map(rows(logins, "User Login Geolocation"), 0, 2)).isEqualTo(map(TestingStores.rows(store,
                "SELECT g.country_code, count(*) FROM cloudtrail_logs c JOIN ip_geo g ON c.sourceipaddress = g.ip"
                        + " WHERE c." + login + " AND g.country_code IS NOT NULL GROUP BY 1"), 0, 1))
                .containsEntry("ES", "13");
        assertThat(TestingStores.rows(store, "SELECT useridentity.username FROM cloudtrail_logs WHERE " + login
                + " GROUP BY 1 HAVING count(DISTINCT sourceipaddress) > 1")).isEmpty();
        assertThat(rows(logins, "Logins from Multiple IP Addresses")).isEmpty();
        assertThat(rows(logins, "Most Common Login Errors")).isEmpty();
    }

    @Test
    void investigateFilters() {
        String eventId = "8a189706-4be8-48e0-a651-b776885faab0";
        DashboardResult byId = dashboards.run("investigate", Map.of("Event ID", eventId));
        List<List<String>> matching = rows(byId, "Matching Events");
        assertThat(matching).hasSize(1);
        assertThat(matching.get(0).subList(0, 3)).containsExactly("2017-06-01 19:24:05", eventId, "alucloud171");
        assertThat(rows(byId, "Events")).containsExactly(List.of("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "1", "0"));

        DashboardResult byActor = dashboards.run("investigate", Map.of("Actor", "alucloud171"));
        assertThat(rows(byActor, "Actors")).containsExactly(List.of("alucloud171", "IAMUser",
                count("useridentity.username = 'alucloud171'"),
                count("useridentity.username = 'alucloud171' AND errorcode IS NOT NULL")));

        DashboardResult byIp = dashboards.run("investigate", Map.of("Source IP", "37.15.201.180"));
        assertThat(rows(byIp, "Source IPs")).containsExactly(List.of("37.15.201.180", "public", "Spain",
                "Orange Espagne SA", count("sourceipaddress = '37.15.201.180'")));

        DashboardResult byKey = dashboards.run("investigate", Map.of("Access Key", "ASIAJDN2I5YDDGCO3OEQ"));
        assertThat(map(rows(byKey, "Events"), 1, 2)).isEqualTo(counts("eventname",
                "useridentity.accesskeyid = 'ASIAJDN2I5YDDGCO3OEQ'"));
        assertThat(rows(byKey, "Matching Events")).hasSize(Integer.parseInt(count(
                "useridentity.accesskeyid = 'ASIAJDN2I5YDDGCO3OEQ'")));
    }
}
