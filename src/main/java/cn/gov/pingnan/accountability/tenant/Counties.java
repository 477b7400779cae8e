package cn.gov.pingnan.accountability.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The counties of this installation, each a Camunda tenant ({@code pingnan.counties}: id, name, prefix). The first
 * listed is the default county: the one of rows and executions without a tenant (an engine deployed without tenants).
 */
@Component
@ConfigurationProperties("pingnan")
public class Counties {

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

    public List<Entry> getCounties() {
        return counties;
    }

    public void setCounties(List<Entry> counties) {
        this.counties = counties;
        this.all = null;
    }

    public List<County> all() {
        List<County> known = all;
        if (known == null) {
            known = validated(counties);
            all = known;
        }
        return known;
    }

    public County defaultCounty() {
        return all().get(0);
    }

    public Optional<County> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public County require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown county '" + id + "'; configured: "
                + all().stream().map(County::id).toList()));
    }

    public boolean isMultiCounty() {
        return all().size() > 1;
    }

    /** The county of an execution's tenant id; no tenant (a deployment without tenants) is the default county. */
    public String countyOf(String tenantIdOrNull) {
        return tenantIdOrNull == null ? defaultCounty().id() : tenantIdOrNull;
    }

    private static List<County> validated(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("pingnan.counties lists no county; at least one (the default) is needed");
        }
        List<County> counties = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Entry e : entries) {
            County county = new County(e.getId(), e.getName(), e.getPrefix());
            if (!ids.add(county.id())) {
                throw new IllegalStateException("pingnan.counties lists county '" + county.id() + "' twice");
            }
            if (!prefixes.add(county.prefix())) {
                throw new IllegalStateException(
                        "pingnan.counties gives case number prefix '" + county.prefix() + "' twice");
            }
            counties.add(county);
        }
        return List.copyOf(counties);
    }
}
