package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff pages' errors: a Chinese message on the page with the right status, never a stack trace. */
@ControllerAdvice(assignableTypes = {StaffPagesController.class, RegisterPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StaffPageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(StaffPageAdvice.class);

    /** Every page knows its user and the form token. */
    @ModelAttribute
    public void common(HttpServletRequest request, Model model) {
        model.addAttribute("user", request.getAttribute(StaffUser.REQUEST_ATTRIBUTE));
        model.addAttribute("csrf", request.getAttribute(StaffSessionFilter.CSRF_PARAMETER));
    }

    @ExceptionHandler(RuleViolationException.class)
    public String badInput(
            RuleViolationException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        LOG.info("Staff page {}: bad input in '{}': {}", request.getRequestURI(), e.field(), e.messageEn());
        return page(HttpStatus.BAD_REQUEST, e.messageZh(), request, response, model);
    }

    @ExceptionHandler(StaffPageException.class)
    public String refused(StaffPageException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        LOG.info("Staff page {}: {} {}", request.getRequestURI(), e.status().value(), e.getMessage());
        return page(e.status(), e.messageZh(), request, response, model);
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        LOG.error("Unexpected error on staff page {}", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "系统出现意外错误，已记入日志，请联系系统管理员。", request, response, model);
    }

    private String page(
            HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "staff/error";
    }
}
