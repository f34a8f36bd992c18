package io.trailscope.geo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Where the city database places an address. The database may know the country but not the city. */
public record CityLocation(String countryCode, Optional<String> city, Optional<Double> latitude, Optional<Double> longitude) {
    public CityLocation {
        requireNonNull(countryCode, "countryCode is null");
        requireNonNull(city, "city is null");
        requireNonNull(latitude, "latitude is null");
        requireNonNull(longitude, "longitude is null");
    }

    /** The English short name of the country, e.g. "United States" for US. */
    public String countryName() {
        return CountryNames.englishName(countryCode);
    }
}
