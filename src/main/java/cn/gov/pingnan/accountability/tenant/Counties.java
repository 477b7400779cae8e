package cn.gov.pingnan.accountability.tenant;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The counties of this installation ({@code pingnan.counties}, issue 14), each a Camunda tenant. The first listed is
 * the default county: engine data without a tenant (process tests, a database from before counties) is its data.
 * An invalid list (bad id or prefix, an id or prefix twice) stops the start-up with a message naming the entry.
 */
@Component
@EnableConfigurationProperties(CountiesProperties.class)
public class Counties {

    private static final Logger LOG = LoggerFactory.getLogger(Counties.class);

    /** Used when {@code pingnan.counties} is empty: the single-county installation of before. */
    static final County PINGNAN = new County("pingnan", "屏南县", "PN");

    private final List<County> all;

    @Autowired
    public Counties(CountiesProperties properties) {
        this(properties.getCounties().stream()
                .map(e -> {
                    try {
                        return new County(e.getId(), e.getName(), e.getPrefix());
                    } catch (IllegalArgumentException invalid) {
                        throw new IllegalArgumentException("pingnan.counties: " + invalid.getMessage(), invalid);
                    }
                })
                .toList());
        LOG.info(
                "Counties (tenants): {}; default {}",
                all.stream().map(c -> c.id() + " " + c.prefix()).collect(Collectors.joining(", ")),
                defaultCounty().id());
    }

    public Counties(List<County> counties) {
        List<County> list = counties == null || counties.isEmpty() ? List.of(PINGNAN) : List.copyOf(counties);
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (County county : list) {
            if (!ids.add(county.id())) {
                throw new IllegalArgumentException(
                        "pingnan.counties: the county id '" + county.id() + "' is listed twice");
            }
            if (!prefixes.add(county.prefix())) {
                throw new IllegalArgumentException("pingnan.counties: the case-number prefix '" + county.prefix()
                        + "' is used by two counties (" + county.id() + " and another)");
            }
        }
        this.all = list;
    }

    public List<County> all() {
        return all;
    }

    /** The first county listed. */
    public County defaultCounty() {
        return all.get(0);
    }

    public Optional<County> byId(String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public County require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown county '" + id + "'; configured: "
                + all.stream().map(County::id).collect(Collectors.joining(", "))));
    }

    public boolean isMultiCounty() {
        return all.size() > 1;
    }

    /** The county of engine data with this tenant id: the tenant itself, or the default county when null. */
    public String countyOf(String tenantIdOrNull) {
        return tenantIdOrNull == null ? defaultCounty().id() : tenantIdOrNull;
    }

    /** The county record of a tenant id (null = default county). */
    public County countyRecordOf(String tenantIdOrNull) {
        return require(countyOf(tenantIdOrNull));
    }
}
