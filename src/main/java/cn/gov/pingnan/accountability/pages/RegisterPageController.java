package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 影响期登记: for the groups the register API allows; the same refusal for everyone else. */
@Controller
public class RegisterPageController {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterPageController.class);
    static final List<Integer> WINDOWS = List.of(30, 90);

    private final RegisterLookup lookup;

    public RegisterPageController(RegisterLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/staff/register")
    public String page(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String days,
            HttpServletRequest request,
            Model model) {
        StaffUser user = allowed(request);
        model.addAttribute("person", person);
        model.addAttribute("actions", EligibilityAction.values());
        model.addAttribute("windows", WINDOWS);
        model.addAttribute("today", today());
        if (person != null && !person.isBlank()) {
            List<RegisteredRestriction> rows = lookup.byPerson(person, user.countyIds());
            LOG.info(
                    "Register page: {} looked up {} ({} rows)",
                    user.userId(),
                    PersonIdMasking.mask(person),
                    rows.size());
            model.addAttribute("rows", rows);
            model.addAttribute("history", lookup.history(rows, user.countyIds()));
            model.addAttribute("zone", WorkflowSettings.ZONE);
        }
        int window = window(days);
        model.addAttribute("days", window);
        model.addAttribute("expiring", lookup.expiring(today(), window, user.countyIds()));
        return "staff/register";
    }

    /** A POST (with the form's CSRF token), because every eligibility answer is recorded in the audit log. */
    @PostMapping("/staff/register/check")
    public String check(
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String date,
            HttpServletRequest request,
            Model model) {
        StaffUser user = allowed(request);
        if (action == null || action.isBlank()) {
            throw new RuleViolationException("action", "Missing action", "请选择要查询的事项（提拔、任职或评优）");
        }
        EligibilityAction purpose = CaseSearch.parseEnum(EligibilityAction.class, action, "action", "查询事项");
        LocalDate day = CaseSearch.parseDate(date, "date", "查询日期");
        if (day == null) {
            throw new RuleViolationException("date", "Missing date", "请填写查询日期");
        }
        String answer = lookup.eligibility(personId, purpose, day, user.countyIds());
        LOG.info(
                "Register page: {} checked {} for {} on {}",
                user.userId(),
                purpose,
                PersonIdMasking.mask(personId),
                day);
        model.addAttribute("answer", answer);
        model.addAttribute("checkedPerson", personId.strip());
        model.addAttribute("checkedAction", purpose.name());
        model.addAttribute("checkedDate", day);
        return page(personId, null, request, model);
    }

    @GetMapping("/staff/register.csv")
    public void csv(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String days,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        StaffUser user = allowed(request);
        List<RegisteredRestriction> rows = person != null && !person.isBlank()
                ? lookup.byPerson(person, user.countyIds())
                : lookup.expiring(today(), window(days), user.countyIds());
        LOG.info("Register page: {} exported {} rows as CSV", user.userId(), rows.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"restrictions.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        RegisterLookup.writeCsv(rows, out);
        out.flush();
    }

    private static StaffUser allowed(HttpServletRequest request) {
        StaffUser user = StaffPagesController.user(request);
        if (!user.mayUseRegister()) {
            throw new StaffPageException(
                    HttpStatus.FORBIDDEN,
                    "Restriction register refused to " + user.userId(),
                    "影响期登记簿仅供组织部、县纪委监委领导和案件审理人员查询。");
        }
        return user;
    }

    private static int window(String days) {
        if (days == null || days.isBlank()) {
            return WINDOWS.get(0);
        }
        return WINDOWS.stream()
                .filter(w -> String.valueOf(w).equals(days.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("days", "days must be 30 or 90", "届满期限只能选择 30 天或 90 天"));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkflowSettings.ZONE);
    }
}
