package cn.gov.pingnan.accountability.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: the configured counties, each a tenant; the first is the default county. */
class CountiesTest {

    private static final County PINGNAN = new County("pingnan", "平南县", "PN");
    private static final County GANGNAN = new County("gangnan", "港南区", "GN");

    @Test
    void theFirstListedIsTheDefaultCounty() {
        Counties counties = Counties.of(PINGNAN, GANGNAN);
        assertThat(counties.defaultCounty()).isEqualTo(PINGNAN);
        assertThat(counties.all()).containsExactly(PINGNAN, GANGNAN);
        assertThat(counties.isMultiCounty()).isTrue();
        assertThat(counties.byId("gangnan")).contains(GANGNAN);
        assertThat(counties.byId("nowhere")).isEmpty();
        assertThat(counties.require("gangnan")).isEqualTo(GANGNAN);
    }

    @Test
    void engineDataWithoutTenantBelongsToTheDefaultCounty() {
        Counties counties = Counties.of(PINGNAN, GANGNAN);
        assertThat(counties.countyOf(null)).isEqualTo("pingnan");
        assertThat(counties.countyOf("gangnan")).isEqualTo("gangnan");
        assertThat(counties.countyRecordOf(null)).isEqualTo(PINGNAN);
    }

    @Test
    void anEmptyListIsTheSingleCountyOfBefore() {
        Counties counties = Counties.of();
        assertThat(counties.all()).containsExactly(PINGNAN);
        assertThat(counties.isMultiCounty()).isFalse();
    }

    @Test
    void requireNamesTheUnknownCounty() {
        assertThatThrownBy(() -> Counties.of(PINGNAN).require("gangnan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown county 'gangnan'")
                .hasMessageContaining("pingnan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Pingnan", "1county", "ping-nan", "ping nan"})
    void invalidIdsAreRefused(String id) {
        assertThatThrownBy(() -> new County(id, "某县", "MX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("County id '" + id + "' is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "pn", "PNX", "P1"})
    void invalidPrefixesAreRefused(String prefix) {
        assertThatThrownBy(() -> new County("mixian", "某县", prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid case-number prefix '" + prefix + "'");
    }

    @Test
    void aCountyNeedsAName() {
        assertThatThrownBy(() -> new County("mixian", " ", "MX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("County 'mixian' has no name");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThatThrownBy(() -> Counties.of(PINGNAN, new County("pingnan", "另一个", "LY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pingnan.counties: the county id 'pingnan' is listed twice");
    }

    @Test
    void aDuplicatePrefixIsRefused() {
        assertThatThrownBy(() -> Counties.of(PINGNAN, new County("pinghe", "平和县", "PN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the case-number prefix 'PN' is used by two counties");
    }

    @Test
    void theConfiguredListIsBoundAndCheckedEntryByEntry() {
        Counties properties = new Counties();
        Counties.Entry bad = new Counties.Entry();
        bad.setId("gangnan");
        bad.setName("港南区");
        bad.setPrefix("gn");
        properties.setCounties(List.of(bad));
        assertThatThrownBy(properties::afterPropertiesSet)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pingnan.counties: County 'gangnan' has the invalid case-number prefix 'gn'");
    }
}
