package cn.gov.pingnan.accountability.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DecisionPdfTest {

    private static final DecisionPdf PDF = DecisionPdf.withBundledFont();

    static DecisionDocument sample() {
        return new DecisionDocument(
                "PN-2026-0001",
                "张三",
                "思旺镇人民政府",
                "扶贫办主任",
                "2025年6月，村道硬化项目未达验收标准即签字通过验收，造成不良影响。",
                List.of(
                        new DecisionDocument.GroundText("5.5", 5, "对不符合验收标准的项目予以验收通过的"),
                        new DecisionDocument.GroundText("9", 9, "监管部门失职导致项目通过验收的，从严惩处")),
                "经办责任",
                "情节严重",
                "免职",
                "送达问责决定",
                List.of("记过，自 2026-03-01 起"),
                List.of(
                        new DecisionDocument.Restriction(
                                "取消当年评优评先资格", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1), "R-12.1"),
                        new DecisionDocument.Restriction(
                                "不得安排职务", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), "R-12.3"),
                        new DecisionDocument.Restriction(
                                "不得担任高于原任职务层次的职务", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), "R-12.3")),
                "乡镇党委（乡镇管理人员审批）",
                "xiangzhen",
                "2026-03-01 10:15",
                LocalDate.of(2026, 3, 1),
                null);
    }

    @Test
    void decisionPdf_saysEveryPartOfTheDecisionInChinese_R4_2_R8_R10_R12_R13_A1() throws IOException {
        byte[] bytes = PDF.render(sample(), Instant.parse("2026-03-01T02:00:00Z"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("问责决定书")
                    .contains("案件编号：PN-2026-0001")
                    .contains("张三", "思旺镇人民政府", "扶贫办主任")
                    .contains("村道硬化项目未达验收标准即签字通过验收")
                    // grounds with their catalogue text (R-5 … R-9)
                    .contains("第五条第5.5项：对不符合验收标准的项目予以验收通过的")
                    .contains("第九条第9项")
                    .contains("责任类型：经办责任")
                    .contains("问责方式：免职")
                    .contains("党纪政纪处分：记过")
                    // shown to the last day covered
                    .contains("不得安排职务：自2026-03-01起至2027-02-28止")
                    .contains("至2028-02-29止")
                    .contains("审批机关：乡镇党委")
                    .contains("签批人：xiangzhen，签批时间：2026-03-0110:15")
                    .contains("自收到本决定书之日起一个月内")
                    .contains("申诉期间，不停止本决定的执行")
                    .contains("本决定自2026-03-01起生效");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("问责决定书 PN-2026-0001");
            PDFont font = pdf.getPage(0)
                    .getResources()
                    .getFont(pdf.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            // embedded as a subset (tag "ABCDEF+"), not the whole 10 MB font
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            assertThat(bytes.length).isLessThan(200_000);

            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
            Path png = Path.of("target", "decision-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    private static String textAndPage1(WrittenDocument document, String png) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF.render(document, Instant.parse("2026-04-10T02:00:00Z")))) {
            Path file = Path.of("target", png);
            Files.createDirectories(file.getParent());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 80), "png", file.toFile());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(document.title() + " PN-2026-0001");
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    @Test
    void changedByAppeal_newMeasureAndRestrictions_replacesTheDecisionOfItsDay_noNewAppealNotice_A4()
            throws IOException {
        DecisionDocument changed = sample().changedByAppeal(
                        "调离岗位",
                        List.of(new DecisionDocument.Restriction(
                                "不得提拔使用", LocalDate.of(2026, 4, 10), LocalDate.of(2027, 3, 1), "R-12.2, A-4")),
                        "黄乡镇（xiangzhen）",
                        "2026-04-10 09:30",
                        LocalDate.of(2026, 4, 10),
                        "2026-03-20",
                        "未造成严重后果，改为调离岗位");
        assertThat(textAndPage1(changed, "decision-changed-page1.png"))
                .startsWith("问责决定书")
                .contains("【申诉复查】本决定经申诉复查作出，替代2026-03-01作出的问责决定（原问责方式：免职）")
                .contains("申诉收到日期：2026-03-20；处理理由：未造成严重后果，改为调离岗位")
                // the facts and grounds of the original stand
                .contains("村道硬化项目未达验收标准即签字通过验收", "第五条第5.5项")
                .contains("问责方式：调离岗位")
                .contains("不得提拔使用：自2026-04-10起至2027-02-28止（R-12.2,A-4）")
                .doesNotContain("不得安排职务")
                .contains("签批人：黄乡镇（xiangzhen），签批时间：2026-04-1009:30")
                .contains("本决定自2026-04-10起生效")
                .doesNotContain("申诉权利");
    }

    @Test
    void revocationNotice_namesTheRevokedDecisionAndEveryEndedRestriction_A4() throws IOException {
        DecisionDocument original = sample();
        RevocationNotice notice = new RevocationNotice(
                original.caseNumber(),
                original.respondentName(),
                original.unit(),
                original.decidedOn(),
                original.measureZh(),
                "2026-03-20",
                "证据不足",
                original.restrictions(),
                LocalDate.of(2026, 4, 10),
                "县纪委监委",
                "陈纪委（jiwei）",
                "2026-04-10 09:30");
        assertThat(textAndPage1(notice, "decision-revoked-page1.png"))
                .startsWith("撤销问责决定通知书")
                .contains("经申诉复查，撤销2026-03-01作出的问责决定（问责方式：免职）")
                .contains("处理理由：证据不足")
                .contains("取消当年评优评先资格：原定自2026-03-01起至2026-12-31止，自2026-04-10起终止")
                .contains("不得担任高于原任职务层次的职务：原定自2026-03-01起至2028-02-29止，自2026-04-10起终止")
                .contains("审批机关：县纪委监委", "签批人：陈纪委（jiwei）")
                .contains("本通知自2026-04-10起生效");
    }

    @Test
    void sameDecisionTwice_sameBytesApartFromTheCreationDate() {
        byte[] first = PDF.render(sample(), Instant.parse("2026-03-01T02:00:00Z"));
        byte[] second = PDF.render(sample(), Instant.parse("2026-05-17T08:30:00Z"));
        assertThat(first).isNotEqualTo(second);
        assertThat(withoutCreationDate(second)).isEqualTo(withoutCreationDate(first));
    }

    @Test
    void characterTheFontLacks_printsAsBox_insteadOfFailing() throws IOException {
        DecisionDocument odd = new DecisionDocument(
                "PN-2026-0002",
                "李\u0001四\uD83D\uDE00",
                null,
                null,
                "事实\t一",
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null);
        try (PDDocument pdf = Loader.loadPDF(PDF.render(odd, Instant.EPOCH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("李□四").contains("事实 一").contains("不登记影响期");
        }
    }

    private static String withoutCreationDate(byte[] pdf) {
        // PDFBox writes the info dictionary uncompressed: /CreationDate (D:…)
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/CreationDate \\(D:[^)]*\\)", "");
    }
}
