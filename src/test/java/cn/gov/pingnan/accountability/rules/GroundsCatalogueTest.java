package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundsCatalogueTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "平南县脱贫攻坚工作问责暂行办法.txt");

    private final GroundsCatalogue catalogue = GroundsCatalogue.loadDefault();

    @Test
    void catalogue_holdsExactly26ItemsOfArticles5To9_R5_R6_R7_R8_R9() {
        assertThat(catalogue.all())
                .extracting(Ground::code)
                .containsExactly(
                        "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "6.1", "6.2", "6.3",
                        "6.4", "6.5", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "8", "9");
    }

    @Test
    void everyItem_hasChineseAndEnglishTextWithoutListNumber_andItsRequirement_R5_R6_R7_R8_R9() {
        for (Ground g : catalogue.all()) {
            assertThat(g.textZh())
                    .as(g.code())
                    .isNotBlank()
                    .doesNotStartWith("（")
                    .doesNotStartWith("(")
                    .doesNotStartWith("-")
                    .doesNotMatch("(?s)^第[一二三四五六七八九十]+条.*");
            assertThat(g.textEn()).as(g.code()).hasSizeGreaterThan(20);
            assertThat(g.requirement()).as(g.code()).isEqualTo("R-" + g.article());
        }
        assertThat(catalogue.all()).filteredOn(g -> g.article() == 5).hasSize(10);
        assertThat(catalogue.all()).filteredOn(g -> g.article() == 6).hasSize(5);
        assertThat(catalogue.all()).filteredOn(g -> g.article() == 7).hasSize(9);
    }

    @Test
    void item6_1_isTheSeedTextVerbatim_R6() {
        assertThat(catalogue.require("6.1").textZh()).isEqualTo("骗取、套取、虚报、冒领、截留、挤占、挪用、滞留扶贫资金的；");
        assertThat(catalogue.require("6.1").article()).isEqualTo(6);
    }

    @Test
    void item5_9_isTheSeedTextVerbatim_R5() {
        assertThat(catalogue.require("5.9").textZh()).isEqualTo("第三方验收考核脱贫摘帽不通过，并造成不良影响的；");
    }

    @Test
    void item7_9_isTheSeedTextVerbatim_R7() {
        assertThat(catalogue.require("7.9").textZh()).isEqualTo("其他应当承担领导责任的。");
    }

    @Test
    void article8_namesTopLeaderDecisionResponsibility_R8() {
        assertThat(catalogue.require("8").textZh())
                .startsWith("在决策环节,以“集体研究”形式实施的违纪违规行为")
                .contains("特别是“一把手”的决策责任")
                .endsWith("特别是具体执行人员的经办责任。");
    }

    @Test
    void article9_saysThirdPartyConclusionDoesNotExempt_R9() {
        assertThat(catalogue.require("9").textZh())
                .startsWith("有关行政主管部门及其工作人员")
                .endsWith("第三方的结论只能作为验收人员验收的参考，不能作为验收的依据，不能免除验收人员的责任。");
    }

    @Test
    void everyChineseText_appearsVerbatimInTheSeed_R5_R6_R7_R8_R9() throws Exception {
        assumeTrue(Files.exists(SEED), "seed text not available at " + SEED.toAbsolutePath());
        String seed = Files.readString(SEED);
        for (Ground g : catalogue.all()) {
            assertThat(seed).as(g.code()).contains(g.textZh());
        }
    }

    @Test
    void unknownCode_isRejected_R5() {
        assertThat(catalogue.find("5.11")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
        assertThatThrownBy(() -> catalogue.require("5.11")).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo("ground");
            assertThat(e.getMessage()).isEqualTo("Unknown ground code '5.11'");
            assertThat(e.messageZh()).isEqualTo("问责情形编号“5.11”不存在");
        });
    }

    @Test
    void validateCodes_returnsCitedGroundsInOrder_R5_R6_R7() {
        assertThat(catalogue.validateCodes(List.of("7.5", "5.3", "9")))
                .extracting(Ground::code)
                .containsExactly("7.5", "5.3", "9");
    }

    @Test
    void validateCodes_rejectsUnknownEmptyAndRepeatedCodes_R5() {
        assertThatThrownBy(() -> catalogue.validateCodes(List.of("5.1", "10.1")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds[1]"));
        assertThatThrownBy(() -> catalogue.validateCodes(List.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds"));
        assertThatThrownBy(() -> catalogue.validateCodes(null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds"));
        assertThatThrownBy(() -> catalogue.validateCodes(List.of("6.2", "6.2")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds[1]"));
    }

    @Test
    void catalogueLoadsFromAlternateStream_withoutCodeChange_R14() {
        String json = """
                {"grounds":[
                  {"code":"5.1","article":5,"textZh":"修订后的条文。","textEn":"Revised text.","requirement":"R-5"},
                  {"code":"5.11","article":5,"textZh":"新增情形。","textEn":"New ground.","requirement":"R-5"}
                ]}""";
        GroundsCatalogue edited =
                GroundsCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(edited.all()).extracting(Ground::code).containsExactly("5.1", "5.11");
        assertThat(edited.require("5.1").textZh()).isEqualTo("修订后的条文。");
        assertThat(edited.require("5.11")).isEqualTo(new Ground("5.11", 5, "新增情形。", "New ground.", "R-5"));
        assertThat(edited.find("6.1")).isEmpty();
    }

    @Test
    void catalogueLoadsFromFile_R14(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("grounds.json"),
                "[{\"code\":\"9\",\"article\":9,\"textZh\":\"从严。\",\"textEn\":\"Strict.\",\"requirement\":\"R-9\"}]");
        assertThat(GroundsCatalogue.load(file).require("9").textZh()).isEqualTo("从严。");
    }

    @Test
    void inconsistentCatalogueData_isRejected_R14() {
        String wrongArticle = "[{\"code\":\"6.1\",\"article\":5,\"textZh\":\"x\",\"requirement\":\"R-5\"}]";
        assertThatThrownBy(() ->
                        GroundsCatalogue.load(new ByteArrayInputStream(wrongArticle.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds[0].article"));
        String noText = "[{\"code\":\"6.1\",\"article\":6,\"textZh\":\" \"}]";
        assertThatThrownBy(
                        () -> GroundsCatalogue.load(new ByteArrayInputStream(noText.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds[0].textZh"));
        String dup =
                "[{\"code\":\"8\",\"article\":8,\"textZh\":\"a\"},{\"code\":\"8\",\"article\":8,\"textZh\":\"b\"}]";
        assertThatThrownBy(() -> GroundsCatalogue.load(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grounds[1].code"));
    }
}
