package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.rules.CaseRole;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.ResponsibilityType;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import cn.gov.pingnan.accountability.rules.WorkField;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Chinese words for what the case file shows: variable names, JSON keys and the rules' enum values. */
final class CaseLabels {

    static final Map<String, String> STATUS = Map.of("OPEN", "办理中", "CLOSED", "已办结", "OUT_OF_SCOPE", "不属于适用范围");

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("name", "姓名"),
            Map.entry("personId", "身份标识"),
            Map.entry("kind", "类别"),
            Map.entry("unit", "单位"),
            Map.entry("post", "职务"),
            Map.entry("category", "人员类别"),
            Map.entry("managementLevel", "管理权限"),
            Map.entry("employmentStatus", "任职状态"),
            Map.entry("currentEmployer", "现任职单位"),
            Map.entry("role", "责任角色"),
            Map.entry("responsibility", "责任类型"),
            Map.entry("responsibilityType", "责任类型"),
            Map.entry("severityGrade", "情节"),
            Map.entry("aggravatedArt9", "从严惩处（第九条）"),
            Map.entry("disciplineDue", "应给予党纪政纪处分"),
            Map.entry("crimeSuspected", "涉嫌犯罪"),
            Map.entry("inScope", "属于适用范围"),
            Map.entry("reason", "理由"),
            Map.entry("reasonZh", "理由"),
            Map.entry("partyHead", "党组织负责人"),
            Map.entry("adminHead", "行政负责人"),
            Map.entry("type", "类型"),
            Map.entry("effectiveDate", "生效日期"),
            Map.entry("signedFor", "签字事项"),
            Map.entry("basis", "依据"),
            Map.entry("exclusionReason", "不予追责理由"));

    private static final Map<String, Function<String, String>> ENUMS = Map.ofEntries(
            Map.entry("kind", v -> label(RespondentKind.class, v, RespondentKind::labelZh)),
            Map.entry("category", v -> label(PersonCategory.class, v, PersonCategory::labelZh)),
            Map.entry("managementLevel", v -> label(ManagementLevel.class, v, ManagementLevel::labelZh)),
            Map.entry("employmentStatus", v -> label(EmploymentStatus.class, v, EmploymentStatus::labelZh)),
            Map.entry("role", v -> label(CaseRole.class, v, CaseRole::labelZh)),
            Map.entry("responsibility", v -> label(ResponsibilityType.class, v, ResponsibilityType::labelZh)),
            Map.entry("responsibilityType", v -> label(ResponsibilityType.class, v, ResponsibilityType::labelZh)),
            Map.entry("severityGrade", v -> label(SeverityGrade.class, v, SeverityGrade::labelZh)),
            Map.entry("grade", v -> label(SeverityGrade.class, v, SeverityGrade::labelZh)),
            Map.entry("proposedGrade", v -> label(SeverityGrade.class, v, SeverityGrade::labelZh)),
            Map.entry("reviewGrade", v -> label(SeverityGrade.class, v, SeverityGrade::labelZh)),
            Map.entry("measure", v -> label(Measure.class, v, Measure::labelZh)),
            Map.entry("proposedMeasure", v -> label(Measure.class, v, Measure::labelZh)),
            Map.entry("reviewMeasure", v -> label(Measure.class, v, Measure::labelZh)),
            Map.entry("referralRoute", v -> label(ReferralRoute.class, v, ReferralRoute::labelZh)),
            Map.entry("workField", v -> label(WorkField.class, v, WorkField::labelZh)),
            Map.entry("type", v -> label(RestrictionType.class, v, RestrictionType::labelZh)),
            Map.entry(
                    "approvingGroup",
                    v -> StaffGroup.byId(v).map(StaffGroup::nameZh).orElse(v)),
            Map.entry(
                    "approvalDecision",
                    v -> Map.of("APPROVED", "批准", "REJECTED", "不予批准").getOrDefault(v, v)),
            Map.entry(
                    "verificationDecision",
                    v -> Map.of("OPEN", "立案调查", "CLOSE", "予以了结").getOrDefault(v, v)));

    private CaseLabels() {}

    static String key(String key) {
        return KEYS.getOrDefault(key, key);
    }

    /** A value as staff read it: enum values in Chinese, true/false as 是/否, objects as 键：值 lists. */
    static String text(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "是" : "否";
        }
        if (value.isValueNode()) {
            Function<String, String> enumLabel = ENUMS.get(name);
            return enumLabel == null ? value.asText() : enumLabel.apply(value.asText());
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(text(name, v)));
            return parts.isEmpty() ? "—" : String.join("；", parts);
        }
        List<String> parts = new ArrayList<>();
        value.fields().forEachRemaining(e -> {
            // the rules' Chinese twin of a coded value (responsibilityZh) says what the code says
            boolean twin = e.getKey().endsWith("Zh")
                    && value.has(e.getKey().substring(0, e.getKey().length() - 2));
            if (!e.getValue().isNull() && !twin) {
                String inner = e.getValue().isObject()
                        ? "（" + text(e.getKey(), e.getValue()) + "）"
                        : text(e.getKey(), e.getValue());
                parts.add(key(e.getKey()) + "：" + inner);
            }
        });
        return String.join("，", parts);
    }

    private static <E extends Enum<E>> String label(Class<E> type, String value, Function<E, String> labelZh) {
        try {
            return labelZh.apply(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
