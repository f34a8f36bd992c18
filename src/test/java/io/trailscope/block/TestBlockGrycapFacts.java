package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.geo.IpClassifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of ../shared/corpus/SOURCES.md through the block's fields (skipped without the corpus). */
final class TestBlockGrycapFacts {
    private static final TestingBlock BLOCK = TestingBlock.load();
    private static Path grycap;

    @BeforeAll
    static void store() {
        Optional<Path> store = TestingStores.grycap();
        assumeTrue(store.isPresent(), TestingStores.SKIP_MESSAGE);
        grycap = store.get();
    }

    private static String measure(String name, Map<String, String> filters) {
        return TestingStores.single(grycap, BLOCK.query("cloudtrail_logs", List.of("cloudtrail_logs." + name), filters, List.of(), 1));
    }

    @Test
    void sourcesFacts() {
        assertThat(measure("events", Map.of())).isEqualTo("11412");
        assertThat(measure("console_logins", Map.of())).isEqualTo("16");
        assertThat(measure("root_events", Map.of())).isEqualTo("21");
        assertThat(measure("events", Map.of("cloudtrail_logs.error_code", "AccessDenied"))).isEqualTo("57");
        assertThat(measure("events", Map.of("cloudtrail_logs.error_code", "-NULL"))).isEqualTo("1225");
        assertThat(measure("security_group_changes", Map.of())).isEqualTo("90");
        assertThat(measure("distinct_users", Map.of())).isEqualTo("14");
        assertThat(measure("distinct_source_ips", Map.of())).isEqualTo("58");
    }

    @Test
    void theBlocksOwnRulesOnGrycap() {
        // No errorMessage without errorCode and no errorCode "200" here, so the error rule counts the errorCode rows.
        assertThat(measure("errors", Map.of())).isEqualTo("1225");
        // 57 AccessDenied plus 8 Client.UnauthorizedOperation.
        assertThat(measure("access_denied_events", Map.of())).isEqualTo("65");
        assertThat(measure("events", Map.of("cloudtrail_logs.error_code", "Client.UnauthorizedOperation"))).isEqualTo("8");
        assertThat(measure("successful_console_logins", Map.of())).isEqualTo("16");
        assertThat(measure("failed_console_logins", Map.of())).isEqualTo("0");
        assertThat(measure("console_logins_without_mfa", Map.of())).isEqualTo("16");
        // Every root event was invoked by a service (autoscaling, cloudformation, elasticbeanstalk).
        assertThat(measure("cis_root_uses", Map.of())).isEqualTo("0");
        assertThat(measure("security_groups_opened_to_world", Map.of())).isEqualTo("17");
        assertThat(measure("distinct_accounts", Map.of())).isEqualTo("1");
        assertThat(measure("distinct_actors", Map.of())).isEqualTo("33");
    }

    @Test
    void ipClassesAndGeo() {
        List<List<String>> classes = TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs",
                List.of("cloudtrail_logs.ip_class", "cloudtrail_logs.distinct_source_ips", "cloudtrail_logs.events"), Map.of(),
                List.of("cloudtrail_logs.ip_class"), 10));
        assertThat(classes).containsExactly(List.of("aws_internal", "1", "1191"), List.of("aws_service_host", "9", "1628"),
                List.of("public", "48", "8593"));
        List<List<String>> countries = TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs",
                List.of("ip_geo.country_code", "cloudtrail_logs.console_logins"), Map.of("cloudtrail_logs.event_name", "ConsoleLogin"),
                List.of("cloudtrail_logs.console_logins desc", "ip_geo.country_code"), 10));
        assertThat(countries).containsExactly(List.of("ES", "13"), List.of("GB", "1"), List.of("KZ", "1"), List.of("MX", "1"));
        List<String> ips = List.of("cloudtrail_logs.source_ip_address", "cloudtrail_logs.events");
        List<String> order = List.of("cloudtrail_logs.source_ip_address");
        assertThat(TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs", ips, Map.of("ip_geo.ip_class", "public"), order, 100)))
                .as("the stored class filters as the computed one does").hasSize(48)
                .isEqualTo(TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs", ips,
                        Map.of("cloudtrail_logs.ip_class", "public"), order, 100)));
    }

    @Test
    void sqlIpClassAgreesWithJavaAndTheStoredClassOnEveryValue() {
        String sql = BLOCK.dimensionSql(BLOCK.field("cloudtrail_logs.ip_class"));
        for (List<String> row : TestingStores.rows(grycap,
                "SELECT DISTINCT cloudtrail_logs.sourceipaddress, " + sql + ", ip_geo.ip_class FROM cloudtrail_logs"
                        + " LEFT JOIN ip_geo ON cloudtrail_logs.sourceipaddress = ip_geo.ip")) {
            assertThat(row.get(1)).as(row.get(0)).isEqualTo(IpClassifier.classify(row.get(0)).sqlName()).isEqualTo(row.get(2));
        }
    }

    @Test
    void factTablesAgreeWithTheEventView() {
        List<List<String>> facts = TestingStores.rows(grycap, BLOCK.query("user_login_facts",
                List.of("user_login_facts.actor", "user_login_facts.console_logins", "user_login_facts.failed_logins"), Map.of(),
                List.of("user_login_facts.actor"), 100));
        List<List<String>> events = TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs",
                List.of("cloudtrail_logs.actor", "cloudtrail_logs.console_logins", "cloudtrail_logs.failed_console_logins"),
                Map.of("cloudtrail_logs.event_name", "ConsoleLogin"), List.of("cloudtrail_logs.actor"), 100));
        assertThat(facts).hasSize(13).isEqualTo(events);
        List<List<String>> ipFacts = TestingStores.rows(grycap, BLOCK.query("user_ip_facts",
                List.of("user_ip_facts.actor", "user_ip_facts.public_ips"), Map.of(), List.of("user_ip_facts.actor"), 1000));
        List<List<String>> ipEvents = TestingStores.rows(grycap, BLOCK.query("cloudtrail_logs",
                List.of("cloudtrail_logs.actor", "cloudtrail_logs.distinct_source_ips"), Map.of("cloudtrail_logs.ip_class", "public"),
                List.of("cloudtrail_logs.actor"), 1000));
        assertThat(ipFacts.stream().filter(row -> !row.get(1).equals("0")).toList()).isEqualTo(ipEvents);
        assertThat(ipFacts).hasSize(33);
    }
}
