package cn.gov.pingnan.accountability.staff;

import cn.gov.pingnan.accountability.rules.ApprovingBody;
import java.util.Arrays;
import java.util.Optional;

/**
 * The groups of the commission and the cadre-managing bodies, defined once. Group ids are a contract: identity
 * seeding, the REST checks ({@code @AllowedGroups} names {@link Ids}), the approving body of and the
 * candidate groups of the BPMN (a test ties each of them to a group here).
 */
public enum StaffGroup {
    INTAKE(Ids.INTAKE, "案件受理", true, null),
    INVESTIGATORS(Ids.INVESTIGATORS, "调查核实", false, null),
    REVIEWERS(Ids.REVIEWERS, "案件审理", false, null),
    COMMISSION_LEADERS(Ids.COMMISSION_LEADERS, "县纪委监委领导", false, ApprovingBody.COMMISSION),
    COUNTY_COMMITTEE(Ids.COUNTY_COMMITTEE, "县委（县管干部审批）", false, ApprovingBody.COUNTY_COMMITTEE),
    TOWNSHIP_COMMITTEE(Ids.TOWNSHIP_COMMITTEE, "乡镇党委（乡镇管理人员审批）", false, ApprovingBody.TOWNSHIP_COMMITTEE),
    UNIT_PARTY_GROUP(Ids.UNIT_PARTY_GROUP, "单位党组（单位管理人员审批）", false, ApprovingBody.UNIT_PARTY_GROUP),
    ORGANIZATION_DEPT(Ids.ORGANIZATION_DEPT, "组织部", false, null);

    /** The operators' group; created by the Camunda starter with every permission. */
    public static final String ADMIN_GROUP = Ids.ADMIN;

    /**
     * 市级只读 (issue 14): the prefecture's readers, members of every county's tenant, who read cases, tasks and history
     * of all counties and do no work in them. Not a work group: no diagram names it, it starts and approves nothing.
     */
    public static final String PREFECTURE_READERS_GROUP = Ids.PREFECTURE_READERS;

    public static final String PREFECTURE_READERS_NAME = "市级只读";

    /** The group ids as constants, for annotations such as {@code @AllowedGroups}. */
    public static final class Ids {
        public static final String INTAKE = "intake";
        public static final String INVESTIGATORS = "investigators";
        public static final String REVIEWERS = "reviewers";
        public static final String COMMISSION_LEADERS = "commission-leaders";
        public static final String COUNTY_COMMITTEE = "county-committee";
        public static final String TOWNSHIP_COMMITTEE = "township-committee";
        public static final String UNIT_PARTY_GROUP = "unit-party-group";
        public static final String ORGANIZATION_DEPT = "organization-dept";
        public static final String ADMIN = "camunda-admin";
        public static final String PREFECTURE_READERS = "prefecture-readers";

        private Ids() {}
    }

    private final String id;
    private final String nameZh;
    private final boolean startsCases;
    private final ApprovingBody approves;

    StaffGroup(String id, String nameZh, boolean startsCases, ApprovingBody approves) {
        this.id = id;
        this.nameZh = nameZh;
        this.startsCases = startsCases;
        this.approves = approves;
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

    /** The approving body this group acts for, if any. */
    public Optional<ApprovingBody> approves() {
        return Optional.ofNullable(approves);
    }

    /** the group of the body that approves; every approving body has exactly one group. */
    public static StaffGroup of(ApprovingBody body) {
        return Arrays.stream(values())
                .filter(g -> g.approves == body)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No group for approving body " + body));
    }

    public static Optional<StaffGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
