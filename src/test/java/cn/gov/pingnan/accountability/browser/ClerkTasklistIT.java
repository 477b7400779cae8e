package cn.gov.pingnan.accountability.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: Tasklist as a new clerk meets it, in a Chinese browser. Dates typed four ways, the case number
 * shown after the start and found by the search, Esc keeps the start form, a task sent back by the server-side
 * check returns to its worker with the reason at the top, due dates fill 逾期任务, and the pages staff see
 * carry no English words and no user or group ids.
 */
class ClerkTasklistIT extends AbstractWebAppIT {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void clerkWorksACase_datesCaseNumberEscReturnedTaskOverdue() throws Exception {
        try (TasklistBrowser b = new TasklistBrowser("http://localhost:" + port)) {
            b.loginToTasklist("shouli", PASSWORD);
            // no controls staff cannot use, no task priority, no English (item 5, 7)
            assertThat(b.bodyText()).doesNotContain("新建任务");
            assertThat(b.latinWords()).isEmpty();

            b.driver().findElement(By.cssSelector("li.start-process-action a")).click();
            b.waitVisible(By.partialLinkText("问责案件办理")).click();
            b.waitForm();
            WebElement form = b.form();

            // item 1: dates as YYYY-MM-DD, also 2025/6/15 and 2025年6月15日; 15/06/2025 is refused, never another date
            assertThat(b.typeDate(form, "问题发生日期", "2025-06-15")).isEqualTo("2025-06-15");
            assertThat(b.typeDate(form, "问题发生日期", "2025/6/15")).isEqualTo("2025-06-15");
            assertThat(b.typeDate(form, "问题发生日期", "15/06/2025")).isEmpty();
            b.waitText("无法识别的日期，请按“年-月-日”填写");
            assertThat(b.typeDate(form, "问题发生日期", "2025年6月15日")).isEqualTo("2025-06-15");
            assertThat(b.bodyText()).doesNotContain("无法识别的日期");
            // the calendar in Chinese, weeks from Monday
            b.dateInput(form, "问题发生日期").click();
            WebElement calendar = b.waitVisible(By.cssSelector(".flatpickr-calendar.open"));
            assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekday"))
                            .getText())
                    .isEqualTo("周一");
            assertThat(b.script(
                            "var s = arguments[0].querySelector('select.flatpickr-monthDropdown-months');"
                                    + " return s.options[s.selectedIndex].text;",
                            calendar))
                    .isEqualTo("六月");
            b.screenshot("clerk-calendar");

            // item 3: Esc in the date picker and in a dropdown closes the control, not the dialog
            b.dateInput(form, "问题发生日期").sendKeys(Keys.ESCAPE);
            b.select(form, "线索来源", "群众信访举报");
            b.select(form, "脱贫攻坚工作领域", "基础设施建设");
            b.type(form, "问题事实", "思旺镇村道硬化项目未达到验收标准即通过验收。");
            WebElement workField = form.findElement(
                    By.xpath(".//div[contains(@class,'fjs-form-field')][label[contains(normalize-space(.),'脱贫攻坚工作领域')]]"
                            + "//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input-group')]"));
            b.centre(workField);
            workField.click();
            b.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            Thread.sleep(300); // a closing dialog animates away
            assertThat(b.all(By.cssSelector(".modal .fjs-container"))).hasSize(1);
            assertThat(b.all(By.cssSelector(".modal .fjs-dropdownlist"))).isEmpty(); // the list itself closed
            assertThat(b.form().getText()).contains("群众信访举报", "基础设施建设");
            assertThat(b.form().findElement(By.cssSelector("textarea")).getAttribute("value"))
                    .isEqualTo("思旺镇村道硬化项目未达到验收标准即通过验收。");
            assertThat(b.dateInput(b.form(), "问题发生日期").getAttribute("value")).isEqualTo("2025-06-15");

            b.choose(form, "5.5");
            WebElement respondent = b.listItems("被问责对象", 1).get(0);
            b.choose(respondent, "工作人员");
            b.type(respondent, "姓名或单位名称", "王五");
            b.type(respondent, "身份证号", "P2026201");
            b.type(respondent, "所在单位", "思旺镇人民政府");
            b.type(respondent, "职务", "副镇长");
            b.select(respondent, "类别", "全县各级行政机关及其公务员、行政机关任命的其他人员");
            b.select(respondent, "干部管理权限", "乡镇管理");
            b.select(respondent, "现任职状态", "在原单位任职");
            b.submitStartForm();

            // item 2: the case number stays on screen; the stored date is the one typed
            WebElement number = b.waitVisible(By.cssSelector(".pingnan-case-started .pingnan-case-number"));
            String caseNumber = number.getText();
            assertThat(caseNumber).matches("PN-\\d{4}-\\d{4}");
            b.screenshot("clerk-case-number");
            String processId = runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult()
                    .getId();
            assertThat(runtimeService.getVariable(processId, "conductDate")).isEqualTo("2025-06-15");

            // item 2: text typed into the search finds the case's tasks by case number
            b.loginToTasklist("diaocha", PASSWORD);
            assertThat(b.all(By.cssSelector(".pingnan-case-started"))).isEmpty(); // the clerk's notice left with her
            b.clickWhenReady(By.xpath("//*[contains(@class,'task-filter')]//*[normalize-space(text())='我的组任务']"));
            b.searchTasks(caseNumber);
            b.waitText("案件编号");
            b.waitText("初步核实线索");
            b.screenshot("clerk-search-case-number");
            // a human step carries its due date (pingnan.task-deadlines): the card shows it in Chinese
            Task verify = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult();
            assertThat(verify.getDueDate()).isNotNull().isAfter(new Date());
            assertThat(b.latinWords()).isEmpty();
            b.openTaskInFilter("我的组任务", "初步核实线索");
            b.claimOpenTask();
            b.choose(b.form(), "立案调查");
            b.completeOpenTask();

            b.openTaskInFilter("我的组任务", "调查核实问题");
            b.claimOpenTask();
            WebElement findings = b.list("逐个对象的调查认定");
            b.select(findings, "在问题中的角色", 0, "具体经办人员");
            b.select(findings, "情节认定", 0, "情节较轻");
            b.type(b.form(), "调查报告摘要", "经查，王五在验收中把关不严，情节较轻。");
            b.completeOpenTask();

            // item 4: the reviewer changes the grade without the written reason the rules require:
            // the task comes back to her, in 我的任务, with the reason at the top of the form
            b.loginToTasklist("shenli", PASSWORD);
            b.openTaskInFilter("我的组任务", "审理问责建议");
            b.claimOpenTask();
            assertThat(b.form().getText()).contains("调查报告摘要", "经查，王五在验收中把关不严");
            b.select(b.form(), "审理认定情节", "情节较重");
            b.select(b.form(), "问责方式", "通报批评");
            b.completeOpenTask();
            b.openTaskInFilter("我的任务", "审理问责建议");
            b.waitForm();
            b.waitText("退回重审：审理意见未通过校验");
            String top = b.form().getText();
            assertThat(top.indexOf("退回重审")).isLessThan(top.indexOf("案件编号"));
            assertThat(top).contains("须填写书面理由");
            b.screenshot("clerk-returned-task");
            assertThat(b.latinWords()).isEmpty();
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceBusinessKey(caseNumber)
                            .singleResult()
                            .getAssignee())
                    .isEqualTo("shenli");

            // item 7: once the engine's clock passes the due date, 逾期任务 lists the task
            Task review = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult();
            ClockUtil.setCurrentTime(
                    Date.from(LocalDate.ofInstant(review.getDueDate().toInstant(), ZoneId.of("Asia/Shanghai"))
                            .plusDays(2)
                            .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                            .toInstant()));
            b.loginToTasklist("shenli", PASSWORD);
            b.openTaskInFilter("逾期任务", "审理问责建议");
            b.screenshot("clerk-overdue");
        }
    }
}
