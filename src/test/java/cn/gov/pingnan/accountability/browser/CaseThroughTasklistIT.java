package cn.gov.pingnan.accountability.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 5: one whole case worked through Tasklist in a real browser, in Chinese, as the staff
 * would: intake with two respondents, verification and investigation, review, approval by the
 * competent body, the register and, after the engine's clock passes the end of
 * the award ineligibility, the expiry notice for the organization department.
 */
class CaseThroughTasklistIT extends AbstractWebAppIT {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 2);

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wholeCaseThroughTasklist() throws Exception {
        try (TasklistBrowser b = new TasklistBrowser("http://localhost:" + port)) {
            // 1. intake: shouli starts 问责案件办理 from its start form with two respondents
            b.loginToTasklist("shouli", PASSWORD);
            assertThat(b.bodyText()).contains("我的任务", "我的组任务", "逾期任务", "启动流程");
            b.screenshot("shouli-tasklist");
            b.driver().findElement(By.cssSelector("li.start-process-action a")).click();
            b.waitVisible(By.partialLinkText("问责案件办理")).click();
            b.waitForm();
            WebElement form = b.form();
            // form-js's own words in Chinese (pingnan/form-js-zh.js): the select prompt and the list's add button
            b.waitText("请选择");
            assertThat(form.getText()).contains("请选择", "新增").doesNotContain("Select", "Add new");
            b.select(form, "线索来源", "群众信访举报");
            b.select(form, "脱贫攻坚工作领域", "基础设施建设");
            b.typeDate(form, "问题发生日期", LocalDate.of(2025, 6, 1));
            b.choose(form, "5.5");
            b.type(form, "问题事实", "思旺镇村道硬化项目未达到验收标准即通过验收。");
            fillRespondent(b, 0, "张三", "P2026101", "思旺镇人民政府", "副镇长");
            b.addListItem(form, "被问责对象");
            fillRespondent(b, 1, "李四", "P2026102", "思旺镇人民政府", "村建站站长");
            b.script("document.querySelector('.modal').scrollTop = 0;");
            b.screenshot("shouli-start-form");
            b.script("document.querySelector('.modal').scrollTop = 700;");
            b.screenshot("shouli-start-form-2");
            b.submitStartForm();
            String caseNumber = waitForCase();
            assertThat(caseNumber).matches("PN-\\d{4}-\\d{4}");

            // 2. preliminary verification: diaocha claims it from 我的组任务 and opens the case
            b.loginToTasklist("diaocha", PASSWORD);
            b.openTaskInFilter("我的组任务", "初步核实线索");
            // the card names the case and the respondents (column 案件, a task-local label staff may read)
            b.waitText(caseNumber + "　张三、李四");
            assertThat(b.driver().findElement(By.cssSelector(".tasks-list")).getText())
                    .contains("案件", caseNumber, "张三、李四");
            b.screenshot("diaocha-task-card");
            b.claimOpenTask();
            assertThat(b.bodyText()).contains(caseNumber, "张三");
            b.choose(b.form(), "立案调查");
            b.screenshot("diaocha-verify-lead");
            b.completeOpenTask();

            // 3. investigation: findings per respondent (both prefilled from the intake)
            b.openTaskInFilter("我的组任务", "调查核实问题");
            b.claimOpenTask();
            WebElement findings = b.list("逐个对象的调查认定");
            assertThat(findings.getText()).contains("被问责对象", "情节认定");
            assertThat(findings.findElements(By.cssSelector("input[readonly]")))
                    .extracting(e -> e.getAttribute("value"))
                    .contains("张三", "P2026101", "李四", "P2026102"); // read-only data from the intake
            for (int i = 0; i < 2; i++) {
                b.select(findings, "在问题中的角色", i, "具体经办人员");
                b.select(findings, "情节认定", i, "情节较轻");
            }
            // a required field emptied again: form-js's message, in Chinese
            b.type(b.form(), "调查报告摘要", "初稿");
            b.erase(b.form(), "调查报告摘要");
            b.waitText("此项为必填项。");
            assertThat(b.form().getText()).doesNotContain("Field is required");
            b.type(b.form(), "调查报告摘要", "经查，张三、李四在验收中把关不严，情节较轻。");
            b.screenshot("diaocha-investigate");
            b.completeOpenTask();

            // 4. review: shenli sees the findings read-only and confirms each proposal
            b.loginToTasklist("shenli", PASSWORD);
            for (int i = 0; i < 2; i++) {
                b.openTaskInFilter("我的组任务", "审理问责建议");
                b.claimOpenTask();
                assertThat(b.bodyText()).contains(caseNumber, "问责建议");
                if (i == 0) {
                    b.screenshot("shenli-review");
                }
                b.completeOpenTask();
            }

            // 5. approval by the township committee (township-managed respondents, R-13.1)
            b.loginToTasklist("xiangzhen", PASSWORD);
            for (int i = 0; i < 2; i++) {
                b.openTaskInFilter("我的组任务", "审批问责决定");
                b.claimOpenTask();
                assertThat(b.bodyText()).contains("审理意见", "问责建议", "情节较轻 — 批评教育", "乡镇党委"); // labels, not codes
                // issue 18: card times, due dates and signers in Chinese, no ids (审理人 王审理, not shenli)
                assertThat(b.latinWords()).isEmpty();
                assertThat(b.bodyText()).contains("审理人：", "王审理");
                // issue 18, item 6: the approver decides from the cited grounds in catalogue text, not codes
                assertThat(b.bodyText())
                        .contains("问责情形：", "把关不严，验收通过不符合验收条件项目的")
                        .doesNotContain("5.5");
                if (i == 1) {
                    // issue 18, item 4: a refused completion's error leaves 完成 visible and clickable
                    b.choose(b.form(), "退回审理");
                    WebElement refusal = b.completeRefused();
                    assertThat(refusal.getText()).contains("退回审理须填写退回理由");
                    // the clerk reads the Chinese reason alone: no field id, no English (issue 18, item 7)
                    assertThat(refusal.getText()).doesNotContainPattern("[A-Za-z]{3,}");
                    b.screenshot("xiangzhen-refused");
                }
                b.choose(b.form(), "批准");
                b.typeDate(b.form(), "问责决定生效日期", EFFECTIVE);
                if (i == 0) {
                    b.screenshot("xiangzhen-approve");
                }
                b.completeOpenTask();
            }
            runDueJobs(); // delivery of the decisions (asynchronous steps)

            // 6. the reviewer downloads each written decision with the Tasklist session and records its delivery
            b.loginToTasklist("shenli", PASSWORD);
            for (int i = 0; i < 2; i++) {
                b.openTaskInFilter("我的组任务", "登记送达情况");
                b.claimOpenTask();
                String href =
                        b.form().findElement(By.partialLinkText("下载问责决定书")).getAttribute("href");
                assertThat(href).contains("/api/cases/" + caseNumber + "/decisions/P202610");
                Object download = ((JavascriptExecutor) b.driver())
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                        + ".catch(e => done(String(e)));",
                                href);
                assertThat(download).isEqualTo("200 application/pdf");
                b.type(b.form(), "送达人", "王审理、李调查");
                b.typeDate(b.form(), "送达日期", LocalDate.now(ZoneId.of("Asia/Shanghai")));
                b.choose(b.form(), "当面送达");
                if (i == 0) {
                    b.screenshot("shenli-deliver");
                }
                b.completeOpenTask();
            }

            // 7. closure by the reviewers
            b.openTaskInFilter("我的组任务", "办结案件");
            b.claimOpenTask();
            // issue 18, item 6: the closer sees the grounds and what was decided for each respondent, by name
            assertThat(b.bodyText())
                    .contains("问责情形：", "把关不严，验收通过不符合验收条件项目的", "各被问责对象处理结果：")
                    .contains("张三 — 问责方式：批评教育；", "李四 — 问责方式：批评教育；", "黄乡镇（乡镇党委） 于 ")
                    .contains("影响期：取消当年评优评先资格 2026-03-02 起，2027-01-01 解除");
            assertThat(b.latinWords()).isEmpty();
            b.screenshot("shenli-close");
            b.type(b.form(), "结案报告", "张三、李四受到批评教育，取消当年评优评先资格。");
            b.completeOpenTask();

            // 8. the organization department sees the restrictions in the register
            List<Map<String, Object>> rows = restrictionsOf("P2026101");
            assertThat(rows).extracting(r -> r.get("type")).containsExactly("AWARD_INELIGIBLE");
            assertThat(rows.get(0))
                    .containsEntry("from", "2026-03-02")
                    .containsEntry("until", "2027-01-01")
                    .containsEntry("status", "ACTIVE");

            // 9. the engine's clock passes the end of the period: the register expires it, zuzhibu gets the notice
            ClockUtil.setCurrentTime(
                    Date.from(LocalDate.of(2027, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC)));
            runDueJobs();
            runDueJobs();
            assertThat(restrictionsOf("P2026101").get(0)).containsEntry("status", "EXPIRED");
            b.loginToTasklist("zuzhibu", PASSWORD);
            b.openTaskInFilter("我的组任务", "影响期届满");
            assertThat(b.bodyText()).contains("影响期届满");
            b.screenshot("zuzhibu-expiry-notice");

            // final state through the REST API
            assertThat(historyService
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(caseNumber)
                            .processDefinitionKey("accountability-case")
                            .finished()
                            .count())
                    .isEqualTo(1);
        }
    }

    private static void fillRespondent(
            TasklistBrowser b, int index, String name, String personId, String unit, String post) {
        WebElement item = b.listItems("被问责对象", index + 1).get(index);
        b.choose(item, "工作人员");
        b.type(item, "姓名或单位名称", name);
        b.type(item, "身份证号", personId);
        b.type(item, "所在单位", unit);
        b.type(item, "职务", post);
        b.select(item, "类别", "全县各级行政机关及其公务员、行政机关任命的其他人员");
        b.select(item, "干部管理权限", "乡镇管理");
        b.select(item, "现任职状态", "在原单位任职");
    }

    private String waitForCase() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var instance = runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey("accountability-case")
                    .singleResult();
            if (instance != null && instance.getBusinessKey() != null) {
                return instance.getBusinessKey();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the start form did not start a case");
    }

    private void runDueJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private List<Map<String, Object>> restrictionsOf(String personId) {
        ResponseEntity<Map<String, List<Map<String, Object>>>> response = as("zuzhibu")
                .exchange(
                        "/api/restrictions?personId=" + personId,
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<>() {});
        return response.getBody().get("restrictions");
    }
}
