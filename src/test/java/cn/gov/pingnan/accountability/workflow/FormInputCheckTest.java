package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormInputCheckTest {

    private static FormInputCheck form(String name) throws Exception {
        try (InputStream in = FormInputCheckTest.class.getResourceAsStream("/forms/" + name + ".form")) {
            return FormInputCheck.of(new ObjectMapper().readTree(in));
        }
    }

    private static Map<String, Object> approval(String date) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approvalDecision", "APPROVED");
        variables.put("decisionEffectiveDate", date);
        return variables;
    }

    @Test
    void impossibleDate_isRefused_namingTheField() throws Exception {
        var problem = form("approve-decision").check(approval("2026-02-30"));

        assertThat(problem).isPresent();
        assertThat(problem.get().field()).isEqualTo("decisionEffectiveDate");
        assertThat(problem.get().messageEn()).contains("decisionEffectiveDate").contains("2026-02-30");
        assertThat(problem.get().messageZh()).startsWith("问责决定生效日期").contains("不是有效日期");
    }

    @Test
    void realDates_inTheFormsOrTheEnginesShape_pass() throws Exception {
        FormInputCheck approve = form("approve-decision");

        assertThat(approve.check(approval("2028-02-29"))).isEmpty();
        assertThat(approve.check(approval("2026-03-02T00:00:00"))).isEmpty();
        Map<String, Object> engineDate = approval(null);
        engineDate.put("decisionEffectiveDate", new Date());
        assertThat(approve.check(engineDate)).isEmpty();
    }

    @Test
    void absentOrEmptyValues_areLeftToTheValidationSteps() throws Exception {
        assertThat(form("approve-decision").check(Map.of())).isEmpty();
        assertThat(form("approve-decision").check(approval(""))).isEmpty();
    }

    @Test
    void expressionsInText_areRefused() throws Exception {
        FormInputCheck close = form("close-case");

        assertThat(close.check(Map.of("closureSummary", "已办结 ${probe.touch()}")))
                .get()
                .extracting(InvalidInputException::field)
                .isEqualTo("closureSummary");
        assertThat(close.check(Map.of("closureSummary", "#{x}"))).isPresent();
        assertThat(close.check(Map.of("closureSummary", "张三受到批评教育，金额 $100 {备注}")))
                .isEmpty();
    }

    @Test
    void overlongOrNonTextValues_inTextFields_areRefused() throws Exception {
        FormInputCheck close = form("close-case");

        assertThat(close.check(Map.of("closureSummary", "字".repeat(4001)))).isPresent();
        assertThat(close.check(Map.of("closureSummary", "字".repeat(4000)))).isEmpty();
        assertThat(close.check(Map.of("closureSummary", 42))).isPresent();
    }

    @Test
    void checkbox_takesOnlyTrueOrFalse() throws Exception {
        FormInputCheck verify = form("verify-rectification");

        assertThat(verify.check(Map.of("rectificationVerified", "yes"))).isPresent();
        assertThat(verify.check(Map.of("rectificationVerified", true))).isEmpty();
    }

    @Test
    void nestedListFields_andCatalogueCodes_areNotChecked_here() throws Exception {
        FormInputCheck intake = form("case-intake");

        // respondents[].personId and grounds codes: ValidateIntakeDelegate answers with a correction task
        assertThat(intake.check(Map.of("grounds", "[\"99.9\"]", "workField", "NOWHERE", "personId", "!")))
                .isEmpty();
        assertThat(intake.size()).isPositive();
    }
}
