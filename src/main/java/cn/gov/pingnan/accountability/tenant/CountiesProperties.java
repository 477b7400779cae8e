package cn.gov.pingnan.accountability.tenant;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pingnan.counties}: the counties (tenants) of this installation, the default county first. */
@ConfigurationProperties("pingnan")
public class CountiesProperties {

    private List<Entry> counties = new ArrayList<>();

    public List<Entry> getCounties() {
        return counties;
    }

    public void setCounties(List<Entry> counties) {
        this.counties = counties;
    }

    /** One list entry: {@code id}, {@code name}, {@code prefix}. */
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
}
