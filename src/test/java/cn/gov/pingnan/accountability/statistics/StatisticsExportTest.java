package cn.gov.pingnan.accountability.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.statistics.CountyStatistics.Count;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatisticsExportTest {

    private static final CountyStatistics FIGURES = new CountyStatistics(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            12,
            9,
            7,
            List.of(new Count("INDUSTRY", "产业发展", 4), new Count("EDUCATION", "教育", 3)),
            List.of(new Count("5.1", "5.1 不按精准识别贫困户的要求，\"没把\"真正贫困人口纳入帮助扶持范围的；", 2)),
            List.of(new Count("CRITICISM_EDUCATION", "批评教育", 5), new Count("REMOVAL", "免职", 2)),
            List.of(new Count("TOWNSHIP", "乡镇管理", 7)),
            List.of(new Count("DELIVER_DECISION", "送达问责决定", 6)),
            2,
            List.of(new Count("UPHOLD", "维持原问责决定", 1), new Count("REFUSED", "不予受理", 1)),
            14.5);

    @Test
    void csvIsUtf8WithByteOrderMark_soExcelShowsChinese_R2_1_R10() {
        byte[] csv = StatisticsExport.csv(FIGURES);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().toList())
                .startsWith("类别,项目,数量", "概况（2026-01-01 至 2026-12-31）,新受理案件,12")
                .contains(
                        "按工作领域（第二条）,产业发展,4",
                        "按问责方式（第十条）,免职,2",
                        "概况（2026-01-01 至 2026-12-31）,受理至问责决定天数（中位数）,14.5",
                        "申诉处理结果,不予受理,1",
                        // a quote inside the catalogue text is escaped, the line stays one record
                        "按问责情形（第五条至第九条）,\"5.1 不按精准识别贫困户的要求，\"\"没把\"\"真正贫困人口纳入帮助扶持范围的；\",2");
    }

    @Test
    void xlsxHasTheSameRowsAsNumbers_R5_R13_1() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(StatisticsExport.xlsx(FIGURES)))) {
            Sheet sheet = book.getSheet("统计");
            List<StatisticsExport.Line> lines = StatisticsExport.lines(FIGURES);
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("项目");
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(lines.get(i).section());
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(lines.get(i).item());
                assertThat(row.getCell(2).getNumericCellValue())
                        .isEqualTo(lines.get(i).value().doubleValue());
            }
            assertThat(lines).contains(new StatisticsExport.Line("按干部管理权限（第十三条）", "乡镇管理", 7L));
        }
    }

    @Test
    void noMedianRowWhenNobodyWasDecided() {
        CountyStatistics none = new CountyStatistics(
                FIGURES.from(),
                FIGURES.to(),
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                List.of(),
                null);
        assertThat(StatisticsExport.lines(none))
                .extracting(StatisticsExport.Line::item)
                .containsExactly("新受理案件", "办结案件", "作出问责决定的人数", "收到申诉");
    }

    @Test
    void pageDataCannotCloseItsScriptElement() {
        assertThat(StatisticsPageController.scriptSafe("{\"label\":\"</script><b>&\"}"))
                .isEqualTo("{\"label\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
    }
}
