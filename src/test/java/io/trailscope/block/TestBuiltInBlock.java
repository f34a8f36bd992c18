package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.block.TestingBlock.Field;
import io.trailscope.block.TestingBlock.Kind;
import io.trailscope.block.TestingLookml.Node;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestBuiltInBlock {
    private static final TestingBlock BLOCK = TestingBlock.load();

    @Test
    void theFileListIsTheFolder() throws IOException, URISyntaxException {
        Path folder = Path.of(BuiltInBlock.class.getResource(BuiltInBlock.RESOURCE_FOLDER + BuiltInBlock.FILES.get(0)).toURI()).getParent();
        List<String> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".lkml") || name.endsWith(".lookml"))
                    .forEach(files::add);
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(BuiltInBlock.FILES);
        assertThat(Files.exists(folder.resolve(BuiltInBlock.TRINO_SETUP))).isTrue();
    }

    /**
     * {@code ${yesno}} is the field's 'Yes'/'No' CASE, so a condition must compare it: a bare reference is text used
     * as a boolean, which Trino refuses and DuckDB casts row by row (1.8 s against 0.4 s at 10M events).
     */
    @Test
    void yesnoReferencesAreCompared() {
        List<String> yesno = new ArrayList<>();
        Matcher declared = Pattern.compile("dimension: (\\w+) \\{\\s*type: yesno").matcher(BuiltInBlock.read("cloudtrail_logs.view.lkml"));
        while (declared.find()) {
            yesno.add(declared.group(1));
        }
        assertThat(yesno).contains("is_error", "is_security_group_change", "cis_vpc_change");
        for (String file : BuiltInBlock.FILES) {
            String text = BuiltInBlock.read(file);
            for (String name : yesno) {
                Matcher reference = Pattern.compile("\\$\\{(\\w+\\.)?" + name + "}(?!\\s*=\\s*'(Yes|No)')").matcher(text);
                assertThat(reference.find()).as(file + ": ${" + name + "} used without = 'Yes'").isFalse();
            }
        }
    }

    @Test
    void extractsTheProject(@TempDir Path temp) throws IOException {
        BuiltInBlock.extractTo(temp.resolve("block"));
        for (String file : BuiltInBlock.FILES) {
            assertThat(Files.readString(temp.resolve("block").resolve(file))).isEqualTo(BuiltInBlock.read(file));
        }
        assertThatThrownBy(() -> BuiltInBlock.read("../../../etc/passwd"))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LOOKML_INCLUDE));
    }

    @Test
    void theModel() {
        List<Node> model = TestingLookml.parse(BuiltInBlock.read("cloudtrail.model.lkml"));
        assertThat(model.get(0).key()).isEqualTo("connection");
        assertThat(model.get(0).value()).isEqualTo(BuiltInBlock.CONNECTION);
        assertThat(model.stream().filter(node -> node.key().equals("include")).map(Node::value))
                .containsExactly("*.view.lkml", "*.dashboard.lookml");
        assertThat(BLOCK.explores).containsOnlyKeys("cloudtrail_logs", "user_login_facts", "user_ip_facts");
        assertThat(BLOCK.explores.get("cloudtrail_logs").joins()).extracting(TestingBlock.Join::view, TestingBlock.Join::relationship)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ip_geo", "many_to_one"),
                        org.assertj.core.groups.Tuple.tuple("account_names", "many_to_one"),
                        org.assertj.core.groups.Tuple.tuple("user_login_facts", "many_to_one"),
                        org.assertj.core.groups.Tuple.tuple("user_ip_facts", "many_to_one"));
        assertThat(BLOCK.views).containsOnlyKeys("cloudtrail_logs", "ip_geo", "account_names", "user_login_facts", "user_ip_facts");
    }

    @Test
    void everyJoinedViewHasAPrimaryKeyAndEveryFieldALabel() {
        for (TestingBlock.View view : BLOCK.views.values()) {
            assertThat(view.fields().values().stream().filter(field -> field.node().text("primary_key").orElse("no").equals("yes")))
                    .as(view.name() + " primary key").hasSize(1);
        }
        for (Field field : BLOCK.fields()) {
            if (field.node().text("hidden").orElse("no").equals("yes")) {
                continue;
            }
            assertThat(field.node().text("label")).as(field.id() + " label").isPresent();
            if (field.view().equals("cloudtrail_logs") && field.kind() == Kind.DIMENSION && field.timeframe().isEmpty()) {
                assertThat(field.node().text("group_label")).as(field.id() + " group label").isPresent();
            }
        }
    }

    @Test
    void everyMeasureDrillsToEventRowsWithTheEventId() {
        for (Field field : BLOCK.fields()) {
            if (field.kind() != Kind.MEASURE) {
                continue;
            }
            List<String> drill = drill(field);
            assertThat(drill).as(field.id() + " drills").isNotEmpty();
            String eventId = field.view().equals("cloudtrail_logs") ? "event_id" : "cloudtrail_logs.event_id";
            assertThat(drill).as(field.id() + " drills to event rows").contains(eventId);
            for (String target : drill) {
                assertThat(BLOCK.hasField(target.contains(".") ? target : field.view() + "." + target)).as(field.id() + " drills to " + target).isTrue();
            }
        }
    }

    @Test
    void everyCountedColumnOfTheStoreHasADimension() {
        String view = BuiltInBlock.read("cloudtrail_logs.view.lkml");
        for (io.trailscope.cloudtrail.SchemaField column : io.trailscope.cloudtrail.CloudTrailSchema.EVENT.fields()) {
            assertThat(view).as(column.columnName()).contains("${TABLE}." + column.columnName());
        }
        for (String helper : List.of("event_timestamp", "event_date", "extra_fields", "source_file_id")) {
            assertThat(view).as(helper).contains("${TABLE}." + helper + " ");
        }
    }

    @Test
    void theSqlRulesUseTheJavaPatterns() {
        String view = BuiltInBlock.read("cloudtrail_logs.view.lkml");
        String facts = BuiltInBlock.read("user_ip_facts.view.lkml");
        for (String pattern : List.of(io.trailscope.geo.IpClassifier.AWS_SERVICE_HOST, io.trailscope.geo.IpClassifier.IPV4,
                io.trailscope.geo.IpClassifier.PRIVATE_IPV4, io.trailscope.geo.IpClassifier.IPV6, io.trailscope.geo.IpClassifier.PRIVATE_IPV6)) {
            assertThat(view).contains("'" + pattern + "'");
            assertThat(facts).contains("'" + pattern + "'");
        }
    }

    private static List<String> drill(Field field) {
        List<String> expanded = new ArrayList<>();
        List<String> items = field.drillFields().isEmpty() ? BLOCK.views.get(field.view()).drillFields() : field.drillFields();
        for (String item : items) {
            if (item.endsWith("*")) {
                expanded.addAll(BLOCK.views.get(field.view()).sets().get(item.substring(0, item.length() - 1)));
            } else {
                expanded.add(item);
            }
        }
        return expanded;
    }
}
