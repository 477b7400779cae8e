package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void signerShownByNameAndOffice_notByLoginId_R4_2() {
        assertThat(Signatures.displayName("shenli", "张审理", "案件审理室")).isEqualTo("张审理（案件审理室）");
        assertThat(Signatures.displayName("shenli", "张审理", null)).isEqualTo("张审理");
        assertThat(Signatures.displayName("shenli", " ", "案件审理室")).isEqualTo("案件审理室");
        assertThat(Signatures.displayName("shenli", null, null)).isEqualTo("shenli");
    }
}
