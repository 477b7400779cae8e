package cn.gov.pingnan.accountability.tenant;

import java.util.regex.Pattern;

/** One county (a Camunda tenant): id {@code ^[a-z][a-z0-9]*$}, Chinese name, case number prefix {@code ^[A-Z]{2}$}. */
public record County(String id, String nameZh, String prefix) {

    private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*$");
    private static final Pattern PREFIX = Pattern.compile("^[A-Z]{2}$");

    public County {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("County id '" + id + "' must match " + ID.pattern());
        }
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("County '" + id + "' has no name");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "County '" + id + "' has case number prefix '" + prefix + "'; it must match " + PREFIX.pattern());
        }
    }
}
