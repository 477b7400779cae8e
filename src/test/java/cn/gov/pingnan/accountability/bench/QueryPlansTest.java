package cn.gov.pingnan.accountability.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagnosis replays the engine's task count without its authorization join, parameters renumbered. */
class QueryPlansTest {

    /** Camunda 7.24's group-task count as the engine sent it for diaocha (captured by QueryPlans). */
    private static final String COUNT = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES left join"
            + " ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
            + " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR"
            + " A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND BITAND(A.PERMS_,CAST(? AS BIGINT)) = ? OR"
            + " A.RESOURCE_TYPE_ = ? AND BITAND(A.PERMS_,CAST(? AS BIGINT)) = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN"
            + " ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 and RES.ASSIGNEE_ IS NULL and ( RES.ASSIGNEE_ is null and"
            + " I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR"
            + " (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null )";

    @Test
    void groupTaskCount_withoutAuthorizationJoin_keepsTheCandidateGroupParameter() {
        Map<Integer, Object> parameters =
                Map.of(1, "diaocha", 2, "investigators", 3, 7, 4, 2, 5, 2, 6, 6, 7, 64, 8, 64, 9, "investigators");

        StatementCounter.Execution stripped =
                QueryPlans.stripAuthorizationJoin(new StatementCounter.Execution(COUNT, parameters, 0));

        assertThat(stripped.sql())
                .doesNotContain("ACT_RU_AUTHORIZATION", "AUTH.")
                .contains("left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ WHERE ( 1 = 1")
                .contains("( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR 1 = 1 )");
        assertThat(stripped.sql().chars().filter(c -> c == '?').count()).isEqualTo(1);
        assertThat(stripped.parameters()).containsExactly(Map.entry(1, "investigators"));
    }

    @Test
    void statementWithoutAuthorizationJoin_isNotReplayed() {
        StatementCounter.Execution plain =
                new StatementCounter.Execution("select * from ACT_RU_TASK RES where RES.ID_ = ?", Map.of(1, "t"), 0);

        assertThat(QueryPlans.stripAuthorizationJoin(plain)).isNull();
    }

    @Test
    void median_ofSortedTimes() {
        assertThat(QueryPlans.percentile(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(QueryPlans.percentile(new double[] {5}, 50)).isEqualTo(5);
    }
}
