package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.rules.DisciplineImposed;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * the organization department asks the register "may this person be promoted on this
 * date?"; the preview shows what a measure would restrict before anything is decided. Inputs are
 * bound as text and parsed here so a 400 names the offending field. Issue 14: a caller sees the rows of his
 * counties only and the answer counts only them; a prefecture reader sees every county (nothing here writes).
 */
@RestController
@RequestMapping(path = "/api/restrictions", produces = "application/json")
@AllowedGroups({Ids.ORGANIZATION_DEPT, Ids.COMMISSION_LEADERS, Ids.REVIEWERS, Ids.ADMIN, CountyAccess.PREFECTURE_READERS
})
public class RestrictionController {

    private static final Logger LOG = LoggerFactory.getLogger(RestrictionController.class);

    private final RestrictionRegister register;
    private final RestrictionCalculator calculator;
    private final RestrictionHistory history;

    public RestrictionController(
            RestrictionRegister register, RestrictionCalculator calculator, RestrictionHistory history) {
        this.register = register;
        this.calculator = calculator;
        this.history = history;
    }

    /** Restrictions a measure (and any discipline imposed with it) would bring; nothing is stored. */
    @PostMapping(path = "/preview", consumes = "application/json")
    public Restrictions<PreviewedRestriction> preview(@RequestBody PreviewRequest request) {
        Measure measure = parseEnum(Measure.class, request.measure(), "measure");
        LocalDate effectiveDate = parseDate(request.effectiveDate(), "effectiveDate");
        List<DisciplineImposed> disciplines = new ArrayList<>();
        List<DisciplineInput> given = request.disciplines() == null ? List.of() : request.disciplines();
        for (int i = 0; i < given.size(); i++) {
            DisciplineInput d = given.get(i);
            String field = "disciplines[" + i + "]";
            if (d != null && (d.type() == null || d.type().isBlank())) {
                throw new ApiBadRequestException("Missing discipline type", field + ".type");
            }
            // a null entry or a missing date is named by the calculator itself
            disciplines.add(
                    d == null
                            ? null
                            : new DisciplineImposed(
                                    d.type(), parseOptionalDate(d.effectiveDate(), field + ".effectiveDate")));
        }
        List<RestrictionPeriod> periods = asBadRequest(() -> calculator.compute(measure, effectiveDate, disciplines));
        return new Restrictions<>(periods.stream().map(PreviewedRestriction::of).toList());
    }

    /** Every row of the register for one person, ACTIVE and EXPIRED alike. */
    @GetMapping
    public Restrictions<RegisteredRestriction> byPerson(
            @RequestParam(required = false) String personId, HttpServletRequest http) {
        List<RegisteredRestriction> rows = asBadRequest(() -> register.findByPerson(personId, counties(http)));
        LOG.info("Restriction register listed for person id {} by {}", PersonIdMasking.mask(personId), caller(http));
        return new Restrictions<>(rows);
    }

    /** every change of one person's rows, oldest first: when, what, of which case, why, by whom. */
    @GetMapping("/history")
    public History history(@RequestParam(required = false) String personId, HttpServletRequest http) {
        List<RestrictionHistoryEntry> changes = asBadRequest(() -> history.of(personId, counties(http)));
        LOG.info(
                "Restriction history listed for person id {} by {} ({} changes)",
                PersonIdMasking.mask(personId),
                caller(http),
                changes.size());
        return new History(changes);
    }

    /** may the person be promoted, appointed or awarded on that date? */
    @GetMapping("/check")
    public Check check(
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String date,
            HttpServletRequest http) {
        EligibilityAction eligibility = parseEnum(EligibilityAction.class, action, "action");
        LocalDate day = parseDate(date, "date");
        // the register names a missing person id (field personId)
        List<RegisteredRestriction> blockedBy =
                asBadRequest(() -> register.blocking(personId, eligibility, day, counties(http)));
        LOG.info(
                "Restriction check {} on {} for person id {} by {}: {}",
                eligibility,
                day,
                PersonIdMasking.mask(personId),
                caller(http),
                blockedBy.isEmpty() ? "allowed" : "blocked");
        return new Check(blockedBy.isEmpty(), blockedBy);
    }

    public record PreviewRequest(String measure, String effectiveDate, List<DisciplineInput> disciplines) {}

    public record DisciplineInput(String type, String effectiveDate) {}

    public record Restrictions<T>(List<T> restrictions) {}

    /** {@code [from, until)}, until being the first free day. */
    public record PreviewedRestriction(String type, LocalDate from, LocalDate until, String basis, String labelZh) {
        static PreviewedRestriction of(RestrictionPeriod p) {
            return new PreviewedRestriction(
                    p.type().name(), p.from(), p.until(), p.basis(), p.type().labelZh());
        }
    }

    public record History(List<RestrictionHistoryEntry> changes) {}

    public record Check(boolean allowed, List<RegisteredRestriction> blockedBy) {}

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new ApiBadRequestException("Missing " + field + "; one of " + known, field);
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            throw new ApiBadRequestException("Unknown " + field + " '" + value + "'; one of " + known, field);
        }
    }

    private static LocalDate parseDate(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ApiBadRequestException("Missing date; expected YYYY-MM-DD", field);
        }
        return parseOptionalDate(value, field);
    }

    private static LocalDate parseOptionalDate(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw new ApiBadRequestException("Not a valid date '" + value + "'; expected YYYY-MM-DD", field);
        }
    }

    private static <T> T asBadRequest(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolationException violation) {
            throw new ApiBadRequestException(violation.messageEn(), violation.field());
        }
    }

    private static List<String> counties(HttpServletRequest http) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        return user == null ? List.of() : user.countyIds();
    }

    private static String caller(HttpServletRequest http) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        return user == null ? "?" : user.userId();
    }
}
