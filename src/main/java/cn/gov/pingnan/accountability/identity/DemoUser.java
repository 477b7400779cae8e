package cn.gov.pingnan.accountability.identity;

import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.util.List;

/** A demo account of the default profile; listed in the README, password {@code demo}. */
public record DemoUser(String id, String firstName, String lastName, StaffGroup group) {

    public static final String DEMO_PASSWORD = "demo";

    /** The demo county of the second tenant (issue 14); its staff are the ids of {@link #ALL} with this prefix. */
    public static final String SECOND_COUNTY = "gangnan";

    public static final String SECOND_COUNTY_PREFIX = "gn-";

    /** 贵港市纪委: the prefecture's reader, in group {@link StaffGroup#PREFECTURE_READERS_GROUP}. */
    public static final String PREFECTURE_READER = "guigang";

    /** The staff of the default county (平南县). */
    public static final List<DemoUser> ALL = List.of(
            new DemoUser("shouli", "张受理", "案件受理室", StaffGroup.INTAKE),
            new DemoUser("diaocha", "李调查", "调查核实室", StaffGroup.INVESTIGATORS),
            new DemoUser("shenli", "王审理", "案件审理室", StaffGroup.REVIEWERS),
            new DemoUser("jiwei", "陈纪委", "县纪委监委", StaffGroup.COMMISSION_LEADERS),
            new DemoUser("xianwei", "刘县委", "县委", StaffGroup.COUNTY_COMMITTEE),
            new DemoUser("xiangzhen", "黄乡镇", "乡镇党委", StaffGroup.TOWNSHIP_COMMITTEE),
            new DemoUser("danwei", "周单位", "单位党组", StaffGroup.UNIT_PARTY_GROUP),
            new DemoUser("zuzhibu", "吴组织", "组织部", StaffGroup.ORGANIZATION_DEPT));

    /** The same staff in 港南区: {@code gn-shouli}, {@code gn-diaocha}, ... in the same (global) groups. */
    public static final List<DemoUser> SECOND_COUNTY_STAFF = ALL.stream()
            .map(u -> new DemoUser(SECOND_COUNTY_PREFIX + u.id(), u.firstName(), "港南区" + u.lastName(), u.group()))
            .toList();
}
