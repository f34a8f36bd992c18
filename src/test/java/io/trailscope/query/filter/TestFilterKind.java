package io.trailscope.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.time.Timeframe;
import org.junit.jupiter.api.Test;

final class TestFilterKind {
    @Test
    void timeframesMapToTheirGrammar() {
        assertThat(FilterKind.forTimeframe(Timeframe.RAW)).isEqualTo(FilterKind.DATE);
        assertThat(FilterKind.forTimeframe(Timeframe.DATE)).isEqualTo(FilterKind.DATE);
        assertThat(FilterKind.forTimeframe(Timeframe.MINUTE30)).isEqualTo(FilterKind.DATE);
        assertThat(FilterKind.forTimeframe(Timeframe.HOUR_OF_DAY)).isEqualTo(FilterKind.NUMBER);
        assertThat(FilterKind.forTimeframe(Timeframe.DAY_OF_WEEK)).isEqualTo(FilterKind.STRING);
        assertThat(FilterKind.forTimeframe(Timeframe.YESNO)).isEqualTo(FilterKind.YESNO);
    }
}
