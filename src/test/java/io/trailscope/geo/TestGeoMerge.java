package io.trailscope.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestGeoMerge {
    private static final CityLocation MONTREAL = new CityLocation("CA", Optional.of("Montreal"), Optional.of(45.5), Optional.of(-73.56));
    private static final CityLocation US = new CityLocation("US", Optional.empty(), Optional.empty(), Optional.empty());
    private static final CityLocation CANADA = new CityLocation("CA", Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void theCountryDatabaseWinsAndTheCityNeedsToAgree() {
        assertThat(GeoDatabase.merge(Optional.of(US), Optional.of(MONTREAL))).contains(US);
        assertThat(GeoDatabase.merge(Optional.of(CANADA), Optional.of(MONTREAL))).contains(MONTREAL);
        assertThat(GeoDatabase.merge(Optional.empty(), Optional.of(MONTREAL))).contains(MONTREAL);
        assertThat(GeoDatabase.merge(Optional.of(US), Optional.empty())).contains(US);
        assertThat(GeoDatabase.merge(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void countryNamesComeFromTheJdk() {
        assertThat(US.countryName()).isEqualTo("United States");
        assertThat(new CityLocation("XK", Optional.empty(), Optional.empty(), Optional.empty()).countryName()).isEqualTo("Kosovo");
        assertThat(new CityLocation("ZZZ", Optional.empty(), Optional.empty(), Optional.empty()).countryName()).isEqualTo("ZZZ");
    }
}
