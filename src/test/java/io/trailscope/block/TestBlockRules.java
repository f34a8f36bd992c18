package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The block's rules on a fixture with one event per case (src/test/resources/io/trailscope/block/fixture-events.json). */
final class TestBlockRules {
    private static final TestingBlock BLOCK = TestingBlock.load();
    private static Path fixture;

    @BeforeAll
    static void store() {
        fixture = TestingStores.fixture();
    }

    private static Map<String, List<String>> byEvent(String... fields) {
        List<String> ids = new java.util.ArrayList<>();
        ids.add("cloudtrail_logs.event_id");
        for (String field : fields) {
            ids.add(field.contains(".") ? field : "cloudtrail_logs." + field);
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : TestingStores.rows(fixture, BLOCK.query("cloudtrail_logs", ids, Map.of(), List.of(), 1000))) {
            rows.put(row.get(0), row.subList(1, row.size()));
        }
        return rows;
    }

    private static String measure(String name) {
        return TestingStores.single(fixture, BLOCK.query("cloudtrail_logs", List.of("cloudtrail_logs." + name), Map.of(), List.of(), 1));
    }

    @Test
    void actorNamesEveryIdentityType() {
        Map<String, List<String>> rows = byEvent("user_type", "actor");
        assertThat(rows.get("login-alice-ok")).containsExactly("IAMUser", "alice");
        assertThat(rows.get("role-200")).containsExactly("AssumedRole", "Admin/jane@example.com");
        assertThat(rows.get("login-root-mfa")).containsExactly("Root", "root (111122223333)");
        assertThat(rows.get("service")).containsExactly("AWSService", "ec2.amazonaws.com");
        assertThat(rows.get("federated")).containsExactly("FederatedUser", "carol");
        assertThat(rows.get("saml")).containsExactly("SAMLUser", "saml-dave");
        assertThat(rows.get("web")).containsExactly("WebIdentityUser", "web-erin");
        assertThat(rows.get("idc")).containsExactly("IdentityCenterUser", "idc-user-1");
        assertThat(rows.get("awsaccount")).containsExactly("AWSAccount", "account 222233334444");
        assertThat(rows.get("unknown")).containsExactly("Unknown", "unknown");
    }

    @Test
    void errorAccessDeniedAndConsoleLoginOutcome() {
        Map<String, List<String>> rows = byEvent("is_error", "is_access_denied", "console_login_outcome", "event_outcome");
        assertThat(rows.get("login-alice-ok")).containsExactly("No", "No", "Success", "Success");
        assertThat(rows.get("login-bob-fail")).containsExactly("Yes", "No", "Failure", "Failure");
        assertThat(rows.get("login-bob-fail-noresponse")).containsExactly("Yes", "No", "Failure", "Failure");
        assertThat(rows.get("role-200")).containsExactly("No", "No", null, "Success");
        assertThat(rows.get("denied")).containsExactly("Yes", "Yes", null, "Failure");
        assertThat(rows.get("unauthorized")).containsExactly("Yes", "Yes", null, "Failure");
        assertThat(rows.get("throttled")).containsExactly("Yes", "No", null, "Failure");
        assertThat(measure("errors")).isEqualTo("5");
        assertThat(measure("access_denied_events")).isEqualTo("2");
        assertThat(measure("console_logins")).isEqualTo("4");
        assertThat(measure("successful_console_logins")).isEqualTo("2");
        assertThat(measure("failed_console_logins")).isEqualTo("2");
        assertThat(measure("console_logins_without_mfa")).isEqualTo("1");
        assertThat(measure("cis_console_login_failures")).isEqualTo("2");
    }

    @Test
    void identityDetails() {
        Map<String, List<String>> rows = byEvent("assumed_role_name", "role_session_name", "mfa_authenticated", "is_aws_service",
                "is_root", "cis_root_use", "is_write", "is_read_only");
        assertThat(rows.get("role-200")).containsExactly("Admin", "jane@example.com", "Yes", "No", "No", "No", "No", "Yes");
        assertThat(rows.get("service")).containsExactly(null, null, "No", "Yes", "No", "No", "Yes", "No");
        assertThat(rows.get("root-api")).containsExactly(null, null, "No", "No", "Yes", "Yes", "Yes", "No");
        assertThat(rows.get("throttled").get(7)).isEqualTo("Yes");
        assertThat(measure("root_events")).isEqualTo("2");
        assertThat(measure("cis_root_uses")).isEqualTo("2");
    }

    @Test
    void sourceClassesAndUserAgentFamilies() {
        Map<String, List<String>> rows = byEvent("source_ip_address", "ip_class", "user_agent_family", "ip_geo.country");
        assertThat(rows.get("login-alice-ok")).containsExactly("8.8.8.8", "public", "console", "United States");
        assertThat(rows.get("login-bob-fail")).containsExactly("1.1.1.1", "public", "console", "Australia");
        assertThat(rows.get("login-bob-fail-noresponse")).containsExactly("2001:4860:4860::8888", "public", "console", "United States");
        assertThat(rows.get("role-200")).containsExactly("10.1.2.3", "private", "SDK", null);
        assertThat(rows.get("login-root-mfa").subList(1, 2)).containsExactly("private");
        assertThat(rows.get("service")).containsExactly("ec2.amazonaws.com", "aws_service_host", "AWS service", null);
        assertThat(rows.get("federated")).containsExactly("AWS Internal", "aws_internal", "AWS service", null);
        assertThat(rows.get("saml")).containsExactly("253.252.51.07", "invalid", "other", null);
        assertThat(rows.get("web")).containsExactly("100.64.0.1", "private", "SDK", null);
        assertThat(rows.get("idc")).containsExactly("fd00::1", "private", "console", null);
        assertThat(rows.get("awsaccount")).containsExactly("redacted", "invalid", "AWS service", null);
        assertThat(rows.get("unknown")).containsExactly("", "invalid", "other", null);
        assertThat(rows.get("root-api")).containsExactly("203.0.113.9", "private", "aws-cli", null);
        assertThat(rows.get("sg-flat-open").get(2)).isEqualTo("Terraform");
        assertThat(rows.get("sg-nested-v6").get(2)).isEqualTo("CloudFormation");
    }

    @Test
    void securityGroupsInBothShapes() {
        Map<String, List<String>> rows = byEvent("security_group", "network_interface_id", "sg_cidr", "sg_protocol", "sg_from_port",
                "sg_to_port", "sg_port_range", "opened_to_world", "is_security_group_change", "is_network_access_change");
        assertThat(rows.get("sg-flat-open")).containsExactly("sg-flat", null, "0.0.0.0/0", "tcp", "22", "22", "22", "Yes", "Yes", "Yes");
        assertThat(rows.get("sg-nested-v6")).containsExactly("sg-nested", null, "10.0.0.0/8", "tcp", "443", "8443", "443-8443", "Yes", "Yes", "Yes");
        assertThat(rows.get("sg-nested-revoke")).containsExactly("sg-nested", null, "0.0.0.0/0", "all", null, null, "all", "No", "Yes", "Yes");
        assertThat(rows.get("sg-private")).containsExactly("sg-flat", null, "10.0.0.0/16", "tcp", "5432", "5432", "5432", "No", "Yes", "Yes");
        assertThat(rows.get("sg-create")).containsExactly("sg-new", null, null, null, null, null, null, "No", "Yes", "Yes");
        assertThat(rows.get("eni-modify")).containsExactly("sg-flat", "eni-123", null, null, null, null, null, "No", "No", "Yes");
        assertThat(measure("security_group_changes")).isEqualTo("5");
        assertThat(measure("security_groups_opened_to_world")).isEqualTo("2");
    }

    @Test
    void accountNamesComeFromTheAccountsFile() {
        Map<String, List<String>> rows = byEvent("account_id", "account_names.account_name");
        assertThat(rows.values()).containsOnly(Arrays.asList("111122223333", "Production"));
    }

    @Test
    void factTablesAgreeWithTheEventView() {
        List<List<String>> facts = TestingStores.rows(fixture, BLOCK.query("user_login_facts", List.of("user_login_facts.actor",
                "user_login_facts.console_logins", "user_login_facts.successful_logins", "user_login_facts.failed_logins",
                "user_login_facts.logins_without_mfa"), Map.of(), List.of("user_login_facts.actor"), 100));
        assertThat(facts).containsExactly(List.of("alice", "1", "1", "0", "1"), List.of("bob", "2", "0", "2", "0"),
                List.of("root (111122223333)", "1", "1", "0", "0"));
        List<List<String>> ips = TestingStores.rows(fixture, BLOCK.query("user_ip_facts", List.of("user_ip_facts.actor",
                "user_ip_facts.source_ips", "user_ip_facts.public_ips", "user_ip_facts.public_login_ips", "user_ip_facts.has_multiple_login_ips"),
                Map.of(), List.of("user_ip_facts.actor"), 100));
        assertThat(ips).contains(List.of("alice", "2", "2", "1", "No"), List.of("bob", "2", "2", "2", "Yes"));
    }
}
