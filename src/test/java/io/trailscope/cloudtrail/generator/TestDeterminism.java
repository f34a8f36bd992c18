package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestDeterminism {
    private static final GeneratorConfig SMALL =
            new GeneratorConfig(2_000, 7, 2, 1, LocalDate.of(2025, 3, 14), Optional.empty(), 1);

    @Test
    void sameArgumentsSameBytesWhateverTheThreadCount(@TempDir Path first, @TempDir Path second) throws Exception {
        LogGenerator.generate(SMALL, first);
        LogGenerator.generate(SMALL.withThreads(4), second);

        TreeMap<String, byte[]> one = contents(first);
        TreeMap<String, byte[]> two = contents(second);
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        one.forEach((key, bytes) -> assertThat(two.get(key)).as(key).isEqualTo(bytes));
    }

    @Test
    void gzipHeadersCarryNoTimestamp(@TempDir Path folder) throws Exception {
        LogGenerator.generate(SMALL, folder);

        for (byte[] bytes : contents(folder).values()) {
            assertThat(bytes[0] & 0xFF).isEqualTo(0x1f);
            assertThat(bytes[1] & 0xFF).isEqualTo(0x8b);
            assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7]}).containsOnly(0);
        }
    }

    @Test
    void anotherSeedAnotherOrganization(@TempDir Path first, @TempDir Path second) throws Exception {
        GenerationSummary one = LogGenerator.generate(SMALL, first);
        GenerationSummary two = LogGenerator.generate(SMALL.withSeed(8), second);

        assertThat(one.accounts()).extracting(GeneratedAccount::name).containsExactly("acme-prod", "acme-staging");
        assertThat(two.accounts()).extracting(GeneratedAccount::id).doesNotContainAnyElementsOf(
                one.accounts().stream().map(GeneratedAccount::id).toList());
        assertThat(contents(second).keySet()).doesNotContainAnyElementsOf(contents(first).keySet());
        assertThat(two.events()).isEqualTo(one.events()).isEqualTo(2_000);
    }

    @Test
    void accountsAreKnownWithoutGenerating() {
        List<GeneratedAccount> accounts = LogGenerator.accounts(SMALL);

        assertThat(accounts).hasSize(2);
        assertThat(accounts).allSatisfy(account -> assertThat(account.id()).matches("[1-9]\\d{11}"));
        assertThat(LogGenerator.accounts(SMALL)).isEqualTo(accounts);
    }

    @Test
    void organizationTrailsPrefixTheOrganizationId(@TempDir Path folder) throws Exception {
        GeneratorConfig config = new GeneratorConfig(200, 7, 1, 1, LocalDate.of(2025, 3, 14),
                Optional.of("o-a1b2c3d4e5"), 2);

        LogGenerator.generate(config, folder);

        assertThat(contents(folder).keySet()).allSatisfy(key -> assertThat(key).startsWith("AWSLogs/o-a1b2c3d4e5/"));
    }

    @Test
    void refusesAFileAsOutputFolder(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogGenerator.generate(SMALL, file))
                .isInstanceOf(io.trailscope.error.TrailException.class)
                .hasMessage("output path " + file + " exists and is not a folder")
                .extracting(exception -> ((io.trailscope.error.TrailException) exception).errorCode())
                .isEqualTo(io.trailscope.error.ErrorCode.GENERATOR_OUTPUT);
    }

    private static TreeMap<String, byte[]> contents(Path root) throws Exception {
        TreeMap<String, byte[]> contents = new TreeMap<>();
        for (Path file : GeneratedSample.list(root)) {
            contents.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return contents;
    }
}
