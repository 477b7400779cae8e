package cn.gov.pingnan.accountability.tenant;

import java.util.regex.Pattern;

/**
 * A county of the prefecture, one Camunda tenant (issue 14): its id is the tenant id, its name the tenant's name,
 * its prefix starts its case numbers ({@code PN-2026-0001}).
 */
public record County(String id, String nameZh, String prefix) {

    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*$");
    static final Pattern PREFIX = Pattern.compile("^[A-Z]{2}$");

    public County {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "County id '" + id + "' is invalid: lower-case letters and digits, starting with a letter");
        }
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("County '" + id + "' has no name");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("County '" + id + "' has the invalid case-number prefix '" + prefix
                    + "': two upper-case letters, e.g. PN");
        }
    }
}
