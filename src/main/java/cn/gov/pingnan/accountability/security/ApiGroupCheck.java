package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedGroups} on {@code /api} handlers: wrong group → 403. */
@Component
public class ApiGroupCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // not a controller (e.g. 404 resource handling)
        }
        AllowedGroups allowed = method.getMethodAnnotation(AllowedGroups.class);
        if (allowed == null) {
            allowed = method.getBeanType().getAnnotation(AllowedGroups.class);
        }
        ApiUser user = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        if (user == null || allowed == null || !user.isMemberOfAny(allowed.value())) {
            ApiProblems.write(
                    request, response, HttpStatus.FORBIDDEN, "Forbidden: your group may not use this endpoint", null);
            return false;
        }
        return true;
    }
}
