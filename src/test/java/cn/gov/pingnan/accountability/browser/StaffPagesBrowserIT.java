package cn.gov.pingnan.accountability.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.pages.StaffCases;
import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import java.nio.file.Files;
import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17: the staff pages in a real browser at 1366×768, signed in once through the Camunda login: jiwei (home,
 * search, case file with its diagram, bad input), zuzhibu (register lookup, eligibility in words, wrong person id)
 * and xiangzhen (refused a county-managed case and the register, R-13.1).
 */
class StaffPagesBrowserIT extends AbstractWebAppIT {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void staffUseEachPage() throws Exception {
        StaffCases cases = StaffCases.create(rest);
        try (TasklistBrowser b = new TasklistBrowser("http://localhost:" + port)) {
            b.driver().manage().window().setSize(new Dimension(1366, 768));
            WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(30));

            // jiwei: from the welcome page to 工作台, then 案件查询 and 案件卷宗
            b.loginToTasklist("jiwei", PASSWORD);
            b.open("/camunda/app/welcome/default/");
            b.waitVisible(By.partialLinkText("工作台")).click();
            b.waitText("我的组任务（待认领）");
            assertThat(b.bodyText()).contains("工作台", "案件查询", "影响期登记", "jiwei");
            b.screenshot("staff-home");

            b.driver().findElement(By.linkText("案件查询")).click();
            b.waitVisible(By.name("person")).sendKeys("张");
            b.driver().findElement(By.cssSelector("#search-form button")).click();
            b.waitText("共 1 件");
            assertThat(b.bodyText()).contains(cases.townshipCase, "张三", "基础设施建设", "已办结");
            b.screenshot("staff-search");

            b.driver().findElement(By.linkText(cases.townshipCase)).click();
            b.waitText("案件卷宗 " + cases.townshipCase);
            wait.until(ExpectedConditions.attributeToBe(By.id("diagram-0"), "data-rendered", "true"));
            assertThat(b.bodyText()).contains("问题事实", "审批问责决定", "xiangzhen", "取消当年评优评先资格", "问责决定书（PDF）");
            b.screenshot("staff-case-file");
            // the diagrams alone: what Cockpit would show, the waiting step outlined
            Files.write(
                    TasklistBrowser.SCREENSHOTS.resolve("staff-case-diagram.png"),
                    b.driver().findElement(By.id("diagrams")).getScreenshotAs(OutputType.BYTES));

            b.open("/staff/cases?from=2026-02-30");
            b.waitText("输入有误");
            assertThat(b.bodyText()).contains("起始日期“2026-02-30”不是有效日期").doesNotContain("Exception");
            b.screenshot("staff-bad-input");

            // the walked case's appeal, changed to 诫勉谈话, shows in the register's history
            new WalkthroughRun(rest).runAppeal(cases.townshipCase);

            // zuzhibu: 影响期登记
            b.loginToTasklist("zuzhibu", PASSWORD);
            b.open("/staff/register");
            b.waitVisible(By.cssSelector("#lookup-form input[name='person']")).sendKeys("P2026001");
            b.driver().findElement(By.cssSelector("#lookup-form button")).click();
            b.waitText("“P2026001”的影响期");
            assertThat(b.bodyText()).contains("取消当年评优评先资格", "AWARD_INELIGIBLE", cases.townshipCase);
            new Select(b.driver().findElement(By.cssSelector("#check-form select[name='action']")))
                    .selectByVisibleText("评优评先");
            WebElement date = b.driver().findElement(By.cssSelector("#check-form input[name='date']"));
            date.clear();
            date.sendKeys("2026-06-01");
            b.driver().findElement(By.cssSelector("#check-form button")).click();
            b.waitText("前不得评优评先");
            assertThat(b.driver().findElement(By.id("answer")).getText()).startsWith("2026-12-31 前不得评优评先");
            b.screenshot("staff-register");
            WebElement history = b.driver().findElement(By.id("history"));
            assertThat(history.getText())
                    .contains("变更记录", "登记", "终止", "黄乡镇（乡镇党委）", "改为诫勉谈话", "自 2026-03-25 起终止")
                    .doesNotContain("xiangzhen");
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("arguments[0].scrollIntoView(true);", history);
            Files.write(
                    TasklistBrowser.SCREENSHOTS.resolve("staff-register-history.png"),
                    history.getScreenshotAs(OutputType.BYTES));

            WebElement personId = b.driver().findElement(By.cssSelector("#check-form input[name='personId']"));
            personId.clear();
            personId.sendKeys("P2026#001");
            b.driver().findElement(By.cssSelector("#check-form button")).click();
            b.waitText("格式不正确");

            // xiangzhen: never a county-managed case, no register
            b.loginToTasklist("xiangzhen", PASSWORD);
            b.open("/staff/cases");
            b.waitText("共 ");
            assertThat(b.bodyText()).contains(cases.townshipCase).doesNotContain(cases.countyCase);
            assertThat(b.driver().findElements(By.linkText("影响期登记"))).isEmpty();
            b.open("/staff/cases/" + cases.countyCase);
            b.waitText("无权访问");
            assertThat(b.bodyText()).contains("您所在的组无权查看案件 " + cases.countyCase);
            b.screenshot("staff-refused");
            b.open("/staff/register");
            b.waitText("影响期登记簿仅供组织部");
        }
    }
}
