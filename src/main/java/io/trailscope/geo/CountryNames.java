package io.trailscope.geo;

import java.util.Locale;

/** ISO 3166-1 alpha-2 codes to English names, from the JDK's locale data (no data file to ship). */
final class CountryNames {
    private CountryNames() {
    }

    static String englishName(String countryCode) {
        if (countryCode.length() != 2) {
            return countryCode;
        }
        String name = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? countryCode : name;
    }
}
