package cn.gov.pingnan.accountability.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups of the commission and the cadre-managing bodies. Group ids are a contract: BPMN
 * candidate groups, REST checks and the rules' jurisdiction table name them.
 */
public enum StaffGroup {
    INTAKE("intake", "案件受理", true),
    INVESTIGATORS("investigators", "调查核实", false),
    REVIEWERS("reviewers", "案件审理", false),
    COMMISSION_LEADERS("commission-leaders", "县纪委监委领导", false),
    COUNTY_COMMITTEE("county-committee", "县委（县管干部审批）", false),
    TOWNSHIP_COMMITTEE("township-committee", "乡镇党委（乡镇管理人员审批）", false),
    UNIT_PARTY_GROUP("unit-party-group", "单位党组（单位管理人员审批）", false),
    ORGANIZATION_DEPT("organization-dept", "组织部", false);

    /** The operators' group; created by the Camunda starter with every permission. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final String id;
    private final String nameZh;
    private final boolean startsCases;

    StaffGroup(String id, String nameZh, boolean startsCases) {
        this.id = id;
        this.nameZh = nameZh;
        this.startsCases = startsCases;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Only case intake registers complaints, i.e. starts {@code accountability-case}. */
    public boolean startsCases() {
        return startsCases;
    }

    public static Optional<StaffGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
