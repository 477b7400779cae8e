package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import cn.gov.pingnan.accountability.workflow.CountyCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 统计 for people: the page (figures, charts drawn by ECharts in the browser) and its export as CSV or XLSX. Uses
 * the Camunda webapps' sign-in — the user the welcome page logged in is read from the HTTP session — and answers
 * only the groups of {@link StatisticsController}; the page is never framed or cached.
 */
@Controller
public class StatisticsPageController {

    static final String PATH = "/statistics";
    static final Set<String> ALLOWED =
            Set.of(Ids.COMMISSION_LEADERS, Ids.REVIEWERS, Ids.ADMIN, CountyAccess.PREFECTURE_READERS);
    static final String NO_COUNTY = "未找到该县（区）的统计，或您无权查看。";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The charts of the page, in order: the figure of {@link CountyStatistics} each one draws. */
    record Chart(String key, String title, boolean wide) {}

    static final List<Chart> CHARTS = List.of(
            new Chart("byField", "按工作领域（第二条）", false),
            new Chart("byMeasure", "按问责方式（第十条）", false),
            new Chart("byGround", "按问责情形（第五条至第九条）", true),
            new Chart("byManagementLevel", "按干部管理权限（第十三条）", false),
            new Chart("byReferralRoute", "按执行方式（第十一条）", false),
            new Chart("appealOutcomes", "申诉处理结果", false));

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsPageController.class);

    private final StatisticsQuery query;
    private final ObjectMapper json;
    private final String engineName;
    private final String loginPath;
    private final CountyAccess access;
    private final Counties counties;

    public StatisticsPageController(
            StatisticsQuery query,
            ObjectMapper json,
            CamundaBpmProperties camunda,
            CountyAccess access,
            Counties counties) {
        this.query = query;
        this.json = json;
        this.access = access;
        this.counties = counties;
        this.engineName = camunda.getProcessEngineName();
        this.loginPath = camunda.getWebapp().getApplicationPath() + "/app/welcome/" + engineName + "/#!/login";
    }

    @GetMapping(PATH)
    public String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String county,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        protect(response);
        String user = viewer(request);
        if (user == null) {
            response.sendRedirect(request.getContextPath() + loginPath);
            return null;
        }
        if (!allowed(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("message", "统计仅供县纪委监委领导、案件审理人员和系统管理员查看。");
            return "statistics/refused";
        }
        List<String> visible = visible(request);
        Optional<List<String>> scope = StatisticsController.scope(county, visible);
        if (scope.isEmpty()) {
            // issue 14: another county is answered as an unknown one
            LOG.info("Statistics page: county {} refused to {}", county, user);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", NO_COUNTY);
            return "statistics/refused";
        }
        model.addAttribute("county", county == null || county.isBlank() ? null : county.strip());
        model.addAttribute("countyName", countyName(scope.get()));
        // prefecture readers and operators choose the county; everyone else sees his own
        model.addAttribute(
                "countyOptions",
                visible.size() > 1
                        ? visible.stream()
                                .map(id -> counties.byId(id).orElse(null))
                                .filter(c -> c != null)
                                .toList()
                        : List.of());
        StatisticsPeriod period;
        try {
            period = from == null && to == null
                    ? StatisticsPeriod.yearToDate(CountyCalendar.today())
                    : StatisticsPeriod.parse(from, to);
        } catch (RuleViolationException e) {
            LOG.info("Statistics page: bad period from {}: {}", user, e.messageEn());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.messageZh());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return "statistics/statistics";
        }
        CountyStatistics statistics = query.compute(period, scope.get());
        model.addAttribute("user", user);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("s", statistics);
        model.addAttribute("charts", CHARTS);
        model.addAttribute("data", scriptSafe(json.writeValueAsString(statistics)));
        return "statistics/statistics";
    }

    /** {@code export.csv} or {@code export.xlsx}: the same rows (StatisticsExport). */
    @GetMapping(PATH + "/export.{extension:csv|xlsx}")
    public ResponseEntity<byte[]> export(
            @PathVariable String extension,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String county,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean csv = "csv".equals(extension);
        return export(
                from,
                to,
                county,
                request,
                response,
                extension,
                csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX,
                csv ? StatisticsExport::csv : StatisticsExport::xlsx);
    }

    private ResponseEntity<byte[]> export(
            String from,
            String to,
            String county,
            HttpServletRequest request,
            HttpServletResponse response,
            String extension,
            MediaType type,
            Function<CountyStatistics, byte[]> format) {
        protect(response);
        String user = viewer(request);
        if (user == null) {
            return text(HttpStatus.UNAUTHORIZED, "请先登录。");
        }
        if (!allowed(request)) {
            return text(HttpStatus.FORBIDDEN, "统计仅供县纪委监委领导、案件审理人员和系统管理员查看。");
        }
        Optional<List<String>> scope = StatisticsController.scope(county, visible(request));
        if (scope.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, NO_COUNTY);
        }
        StatisticsPeriod period;
        try {
            period = StatisticsPeriod.parse(from, to);
        } catch (RuleViolationException e) {
            return text(HttpStatus.BAD_REQUEST, e.messageZh());
        }
        LOG.info("Statistics {} to {} exported as {} by {}", period.from(), period.to(), extension, user);
        String name = "问责统计_" + period.from() + "_" + period.to() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(format.apply(query.compute(period, scope.get())));
    }

    private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    private static void protect(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-store");
    }

    private UserAuthentication authentication(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication auth = all == null ? null : all.getAuthenticationForProcessEngine(engineName);
        return auth instanceof UserAuthentication user ? user : null;
    }

    private String viewer(HttpServletRequest request) {
        UserAuthentication user = authentication(request);
        return user == null ? null : user.getIdentityId();
    }

    /** Issue 14: the counties the signed-in user reads. */
    private List<String> visible(HttpServletRequest request) {
        UserAuthentication user = authentication(request);
        return access.visibleCounties(
                user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
    }

    /** The county's name, or for several counties summed, their names. */
    private String countyName(List<String> ids) {
        if (ids.isEmpty()) {
            return "—";
        }
        List<String> names = ids.stream()
                .map(id -> counties.byId(id).map(County::nameZh).orElse(id))
                .toList();
        return names.size() == 1 ? names.get(0) : String.join("、", names) + "（合计）";
    }

    private boolean allowed(HttpServletRequest request) {
        UserAuthentication user = authentication(request);
        return user != null
                && user.getGroupIds() != null
                && user.getGroupIds().stream().anyMatch(ALLOWED::contains);
    }

    /** The JSON goes into a {@code <script type="application/json">}: no "</script>" may end it early. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
