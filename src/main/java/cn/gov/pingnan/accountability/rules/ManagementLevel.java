package cn.gov.pingnan.accountability.rules;

/** who manages the cadre (干部管理权限), which decides who approves the accountability. */
public enum ManagementLevel {
    COUNTY("县管干部"),
    TOWNSHIP("乡镇管理"),
    UNIT("单位管理");

    private final String labelZh;

    ManagementLevel(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
