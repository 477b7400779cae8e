package cn.gov.pingnan.accountability.identity;

import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.util.List;

/** A demo account of the default profile; listed in the README, password {@code demo}. */
public record DemoUser(String id, String firstName, String lastName, StaffGroup group) {

    public static final String DEMO_PASSWORD = "demo";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("shouli", "张受理", "案件受理室", StaffGroup.INTAKE),
            new DemoUser("diaocha", "李调查", "调查核实室", StaffGroup.INVESTIGATORS),
            new DemoUser("shenli", "王审理", "案件审理室", StaffGroup.REVIEWERS),
            new DemoUser("jiwei", "陈纪委", "县纪委监委", StaffGroup.COMMISSION_LEADERS),
            new DemoUser("xianwei", "刘县委", "县委", StaffGroup.COUNTY_COMMITTEE),
            new DemoUser("xiangzhen", "黄乡镇", "乡镇党委", StaffGroup.TOWNSHIP_COMMITTEE),
            new DemoUser("danwei", "周单位", "单位党组", StaffGroup.UNIT_PARTY_GROUP),
            new DemoUser("zuzhibu", "吴组织", "组织部", StaffGroup.ORGANIZATION_DEPT));
}
