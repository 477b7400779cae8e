package cn.gov.pingnan.accountability.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The counties of this installation ({@code pingnan.counties}: id, name, prefix; issue 14), each a Camunda tenant.
 * The first listed is the default county: engine data without a tenant (process tests, a database from before
 * counties) is its data. An invalid list (bad id or prefix, an id or prefix twice) stops the start-up with a message
 * naming the entry; an empty list is the single county of before, 平南县.
 */
@Component
@ConfigurationProperties("pingnan")
public class Counties implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(Counties.class);

    /** Used when {@code pingnan.counties} is empty: the single-county installation of before. */
    static final County PINGNAN = new County("pingnan", "平南县", "PN");

    private List<Entry> counties = new ArrayList<>();
    private volatile List<County> all;

    /** One entry of {@code pingnan.counties}. */
    public static class Entry {
        private String id;
        private String name;
        private String prefix;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The counties given, in this order (tests; the application binds {@code pingnan.counties}). */
    public static Counties of(County... counties) {
        Counties result = new Counties();
        List<Entry> entries = new ArrayList<>();
        for (County county : counties) {
            Entry entry = new Entry();
            entry.setId(county.id());
            entry.setName(county.nameZh());
            entry.setPrefix(county.prefix());
            entries.add(entry);
        }
        result.setCounties(entries);
        result.all();
        return result;
    }

    public List<Entry> getCounties() {
        return counties;
    }

    public void setCounties(List<Entry> counties) {
        this.counties = counties;
        this.all = null;
    }

    /** Checks the list once bound, so that a wrong entry stops the start-up. */
    @Override
    public void afterPropertiesSet() {
        LOG.info(
                "Counties (tenants): {}; default {}",
                all().stream().map(c -> c.id() + " " + c.prefix()).collect(Collectors.joining(", ")),
                defaultCounty().id());
    }

    public List<County> all() {
        List<County> known = all;
        if (known == null) {
            known = validated(counties);
            all = known;
        }
        return known;
    }

    /** The first county listed. */
    public County defaultCounty() {
        return all().get(0);
    }

    public Optional<County> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public County require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown county '" + id + "'; configured: "
                + all().stream().map(County::id).collect(Collectors.joining(", "))));
    }

    public boolean isMultiCounty() {
        return all().size() > 1;
    }

    /** The county of engine data with this tenant id: the tenant itself, or the default county when null. */
    public String countyOf(String tenantIdOrNull) {
        return tenantIdOrNull == null ? defaultCounty().id() : tenantIdOrNull;
    }

    /** The county record of a tenant id (null = the default county). */
    public County countyRecordOf(String tenantIdOrNull) {
        return require(countyOf(tenantIdOrNull));
    }

    private static List<County> validated(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of(PINGNAN);
        }
        List<County> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Entry e : entries) {
            County county;
            try {
                county = new County(e.getId(), e.getName(), e.getPrefix());
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("pingnan.counties: " + invalid.getMessage(), invalid);
            }
            if (!ids.add(county.id())) {
                throw new IllegalArgumentException(
                        "pingnan.counties: the county id '" + county.id() + "' is listed twice");
            }
            if (!prefixes.add(county.prefix())) {
                throw new IllegalArgumentException("pingnan.counties: the case-number prefix '" + county.prefix()
                        + "' is used by two counties (" + county.id() + " and another)");
            }
            list.add(county);
        }
        return List.copyOf(list);
    }
}
