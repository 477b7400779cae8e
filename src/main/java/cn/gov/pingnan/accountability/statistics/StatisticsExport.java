package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.statistics.CountyStatistics.Count;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures of the page as a table of three columns (类别, 项目, 数量), the same rows in CSV and XLSX. CSV is
 * UTF-8 with a byte-order mark, the one way Excel opens Chinese CSV correctly on a double click.
 */
public final class StatisticsExport {

    static final List<String> HEADER = List.of("类别", "项目", "数量");

    private StatisticsExport() {}

    /** One row: section, item, figure (a count, or the median as a decimal). */
    record Line(String section, String item, Number value) {}

    static List<Line> lines(CountyStatistics s) {
        List<Line> lines = new ArrayList<>();
        String overview = "概况（" + s.from() + " 至 " + s.to() + "）";
        lines.add(new Line(overview, "新受理案件", s.casesOpened()));
        lines.add(new Line(overview, "办结案件", s.casesClosed()));
        lines.add(new Line(overview, "作出问责决定的人数", s.respondentsDecided()));
        lines.add(new Line(overview, "收到申诉", s.appealsFiled()));
        if (s.medianDaysToDecision() != null) {
            lines.add(new Line(overview, "受理至问责决定天数（中位数）", s.medianDaysToDecision()));
        }
        add(lines, "按工作领域（第二条）", s.byField());
        add(lines, "按问责情形（第五条至第九条）", s.byGround());
        add(lines, "按问责方式（第十条）", s.byMeasure());
        add(lines, "按干部管理权限（第十三条）", s.byManagementLevel());
        add(lines, "按执行方式（第十一条）", s.byReferralRoute());
        add(lines, "申诉处理结果", s.appealOutcomes());
        return lines;
    }

    private static void add(List<Line> lines, String section, List<Count> counts) {
        counts.forEach(c -> lines.add(new Line(section, c.label(), c.count())));
    }

    public static byte[] csv(CountyStatistics s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.EXCEL.builder().get().print(out)) {
            out.write('\uFEFF');
            csv.printRecord(HEADER);
            for (Line line : lines(s)) {
                csv.printRecord(line.section(), line.item(), line.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the statistics CSV", e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(CountyStatistics s) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("统计");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Line line : lines(s)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.section());
                row.createCell(1).setCellValue(line.item());
                row.createCell(2).setCellValue(line.value().doubleValue());
            }
            sheet.setColumnWidth(0, 34 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.createFreezePane(0, 1);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the statistics spreadsheet", e);
        }
    }
}
