package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseReadRuleTest {

    private static CaseReadRule.CaseAccess access(boolean countyManaged, boolean restrictions, String... taskGroups) {
        return new CaseReadRule.CaseAccess(Set.of(taskGroups), countyManaged, restrictions);
    }

    @Test
    void commissionLeadersReviewersAndOperatorsReadEveryCase_R13_2() {
        CaseReadRule.CaseAccess untouched = access(true, false);
        assertThat(CaseReadRule.mayRead(List.of("commission-leaders"), untouched))
                .isTrue();
        assertThat(CaseReadRule.mayRead(List.of("reviewers"), untouched)).isTrue();
        assertThat(CaseReadRule.mayRead(List.of("camunda-admin"), untouched)).isTrue();
        assertThat(CaseReadRule.readsAll(List.of("intake", "reviewers"))).isTrue();
        assertThat(CaseReadRule.readsAll(List.of("intake"))).isFalse();
    }

    @Test
    void aGroupReadsTheCasesWhereItHasOrHadATask() {
        CaseReadRule.CaseAccess investigated = access(false, false, "intake", "investigators");
        assertThat(CaseReadRule.mayRead(List.of("investigators"), investigated)).isTrue();
        assertThat(CaseReadRule.mayRead(List.of("unit-party-group"), investigated))
                .isFalse();
        assertThat(CaseReadRule.mayRead(List.of(), investigated)).isFalse();
    }

    @Test
    void townshipApproverNeverReadsACountyManagedCase_R13_1() {
        CaseReadRule.CaseAccess county = access(true, true, "township-committee", "county-committee");
        assertThat(CaseReadRule.mayRead(List.of("township-committee"), county)).isFalse();
        assertThat(CaseReadRule.mayRead(List.of("county-committee"), county)).isTrue();
        CaseReadRule.CaseAccess township = access(false, false, "township-committee");
        assertThat(CaseReadRule.mayRead(List.of("township-committee"), township))
                .isTrue();
        assertThat(CaseReadRule.mayRead(List.of("township-committee"), access(false, false, "investigators")))
                .isFalse();
    }

    @Test
    void organizationDepartmentReadsTheCasesThatRegisteredARestriction_R12_5() {
        assertThat(CaseReadRule.mayRead(List.of("organization-dept"), access(false, true, "investigators")))
                .isTrue();
        assertThat(CaseReadRule.mayRead(List.of("organization-dept"), access(false, false, "investigators")))
                .isFalse();
    }
}
