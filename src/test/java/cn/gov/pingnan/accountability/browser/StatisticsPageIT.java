package cn.gov.pingnan.accountability.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import cn.gov.pingnan.accountability.rules.WorkField;
import cn.gov.pingnan.accountability.statistics.StatisticsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 part 3 in a real browser: a commission leader signs in on the welcome page, follows its link 问责统计,
 * chooses a period and sees the figures and the six charts drawn by ECharts; an organization-department user is
 * refused in Chinese. The screenshot is the README's picture (target/screenshots → docs/img/statistics.png).
 */
class StatisticsPageIT extends AbstractWebAppIT {

    @Autowired
    StatisticsWriter writer;

    @Test
    void commissionLeaderSeesTheYearsChartsFromTheWelcomePage_R2_1_R10_R11_R13_1() throws Exception {
        recordCases();
        try (TasklistBrowser b = new TasklistBrowser("http://localhost:" + port)) {
            b.loginToTasklist("jiwei", PASSWORD);
            b.open("/camunda/app/welcome/default/");
            b.clickWhenReady(By.linkText("问责统计"));
            b.waitText("新受理案件");
            WebElement from = b.waitVisible(By.name("from"));
            b.script(
                    "arguments[0].value = '2026-01-01'; arguments[1].value = '2026-06-30';",
                    from,
                    b.driver().findElement(By.name("to")));
            b.driver()
                    .findElement(By.cssSelector("form.period button[type='submit']"))
                    .click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("to=2026-06-30")
                            && "6".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-drawn")));
            assertThat(b.driver().findElement(By.id("cases-opened")).getText()).isEqualTo("24");
            assertThat(b.driver().findElement(By.id("respondents-decided")).getText())
                    .isEqualTo("24");
            assertThat(b.driver().findElement(By.id("median-days")).getText()).isEqualTo("32.0");
            assertThat(b.all(By.cssSelector(".chart .canvas canvas"))).hasSize(6);
            assertThat(b.bodyText())
                    .contains(
                            "按工作领域（第二条）",
                            "按问责方式（第十条）",
                            "按问责情形（第五条至第九条）",
                            "按干部管理权限（第十三条）",
                            "按执行方式（第十一条）",
                            "申诉处理结果",
                            "导出 Excel",
                            "导出 CSV");
            Path shot = b.screenshot("statistics");
            assertThat(Files.size(shot)).isGreaterThan(20_000);

            b.loginToTasklist("zuzhibu", PASSWORD);
            b.open("/statistics");
            b.waitText("统计仅供县纪委监委领导、案件审理人员和系统管理员查看。");
            assertThat(b.all(By.cssSelector(".chart"))).isEmpty();
        }
    }

    /** 24 cases of the first half of 2026, spread over fields, grounds, measures, levels and routes. */
    private void recordCases() {
        List<String> grounds = List.of("5.1", "5.5", "5.7", "6.1", "7.1", "7.3", "5.5", "8");
        for (int i = 0; i < 24; i++) {
            LocalDate opened = LocalDate.of(2026, 1, 5).plusDays(i * 5L);
            String caseId = "case-" + i;
            writer.recordCase(new StatisticsWriter.CaseFacts(
                    caseId,
                    "PN-2026-%04d".formatted(i + 1),
                    WorkField.values()[i % WorkField.values().length].name(),
                    List.of(grounds.get(i % grounds.size()), grounds.get((i * 3 + 1) % grounds.size())),
                    opened,
                    i % 3 == 0 ? null : opened.plusDays(40)));
            writer.recordRespondent(new StatisticsWriter.RespondentFacts(
                    "track-" + i,
                    caseId,
                    ManagementLevel.values()[i % 3].name(),
                    Measure.values()[(i * 7) % Measure.values().length].name(),
                    ReferralRoute.values()[i % 4 == 3 ? (i / 4) % 5 : 0].name(),
                    opened.plusDays(10 + (i % 12) * 4L)));
        }
        writer.recordAppeal(new StatisticsWriter.AppealFacts(
                "appeal-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 25), "UPHOLD"));
        writer.recordAppeal(new StatisticsWriter.AppealFacts(
                "appeal-2", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 28), "CHANGE"));
        writer.recordAppeal(
                new StatisticsWriter.AppealFacts("appeal-3", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 7), null));
    }
}
