package cn.gov.pingnan.accountability.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups allowed to call an {@code /api} handler. A handler without this annotation is refused
 * for everyone (secure by default).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {
    String[] value();
}
