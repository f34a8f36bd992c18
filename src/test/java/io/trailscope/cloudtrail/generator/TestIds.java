package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TestIds {
    @Test
    void uuidsAreVersionFourAndDistinct() {
        SeededRandom random = new SeededRandom(1);
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < 10_000; index++) {
            String uuid = Ids.uuid(random);
            assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            seen.add(uuid);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void awsIdsHaveTheirPrefixesAndAlphabets() {
        SeededRandom random = new SeededRandom(2);

        assertThat(Ids.key(random, "AKIA", 16)).matches("AKIA[A-Z2-7]{16}");
        assertThat(Ids.key(random, "AROA", 17)).matches("AROA[A-Z2-7]{17}");
        assertThat(Ids.hex(random, "i-0", 16)).matches("i-0[0-9a-f]{16}");
        assertThat(Ids.alphanumeric(random, 16)).matches("[A-Za-z0-9]{16}");
    }

    @Test
    void sameSeedSameIds() {
        assertThat(Ids.uuid(new SeededRandom(99))).isEqualTo(Ids.uuid(new SeededRandom(99)));
        assertThat(Ids.keyOf(123, "ASIA", 16)).isEqualTo(Ids.keyOf(123, "ASIA", 16)).isNotEqualTo(Ids.keyOf(124, "ASIA", 16));
    }

    @Test
    void seededRandomIsSplitMix64() {
        SeededRandom random = new SeededRandom(0);

        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    }
}
