package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WorkFieldTest {

    @Test
    void fieldsOfArticle2_withChineseLabels_R2_1() {
        assertThat(Arrays.stream(WorkField.values()).map(WorkField::labelZh))
                .containsExactly("产业发展", "基础设施建设", "扶贫搬迁", "教育", "医疗卫生", "社会民生", "其他");
        assertThat(WorkField.values())
                .extracting(Enum::name)
                .containsExactly(
                        "INDUSTRY", "INFRASTRUCTURE", "RELOCATION", "EDUCATION", "HEALTH", "SOCIAL_WELFARE", "OTHER");
    }
}
