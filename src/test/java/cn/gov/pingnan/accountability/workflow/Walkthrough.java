package cn.gov.pingnan.accountability.workflow;

import java.util.List;

/**
 * One full case through {@code /engine-rest} as the different users. The single source of
 * {@code docs/walkthrough.md} (rendered by {@link #markdown()}) and of {@code WalkthroughIT}, which runs the steps.
 * {@code {caseNumber}} and {@code {taskId}} are filled in from earlier answers.
 */
public final class Walkthrough {

    /** One HTTP call. {@code taskKey} set → first find the task of the case with that key and claim it as {@code user}. */
    public record Step(
            String title, String user, String method, String path, String body, String taskKey, String capture) {}

    static final String BASE = "http://localhost:8080";

    static final String START_BODY = """
            {"variables":{
              "leadSource":{"value":"群众信访举报"},
              "workField":{"value":"INFRASTRUCTURE"},
              "conductDate":{"value":"2025-06-01"},
              "grounds":{"value":"[\\"5.5\\"]","type":"Json"},
              "facts":{"value":"村道硬化项目未达标即通过验收"},
              "directTakeover":{"value":false},
              "respondents":{"type":"Json","value":"[{\\"kind\\":\\"PERSON\\",\\"name\\":\\"张三\\",\\"personId\\":\\"P2026001\\",\\"unit\\":\\"思旺镇人民政府\\",\\"post\\":\\"副镇长\\",\\"category\\":\\"ADMINISTRATIVE_ORGAN\\",\\"managementLevel\\":\\"TOWNSHIP\\",\\"employmentStatus\\":\\"IN_POST\\"}]"}
            },"withVariablesInReturn":false}""";

    public static final List<Step> STEPS = List.of(
            new Step(
                    "受理：张受理（shouli）登记线索，启动“问责案件办理”；答复中的 businessKey 即案件编号",
                    "shouli",
                    "POST",
                    "/engine-rest/process-definition/key/accountability-case/start",
                    START_BODY,
                    null,
                    "caseNumber"),
            new Step(
                    "初核：李调查（diaocha）认领“初步核实线索”并决定立案调查",
                    "diaocha",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{"verificationDecision":{"value":"OPEN"}}}""",
                    "verifyLead",
                    null),
            new Step(
                    "调查：李调查（diaocha）填写调查认定（情节较轻）",
                    "diaocha",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{
                      "findings":{"type":"Json","value":"[{\\"personId\\":\\"P2026001\\",\\"name\\":\\"张三\\",\\"role\\":\\"EXECUTING_STAFF\\",\\"severityGrade\\":\\"LIGHT\\",\\"aggravatedArt9\\":false,\\"disciplineDue\\":false,\\"crimeSuspected\\":false}]"},
                      "signatories":{"type":"Json","value":"[]"},
                      "collectiveDecision":{"value":false},
                      "investigationReport":{"value":"经查属实"}}}""",
                    "investigateCase",
                    null),
            new Step(
                    "审理：王审理（shenli）确认问责建议（批评教育）",
                    "shenli",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    "{\"variables\":{}}",
                    "reviewProposal",
                    null),
            new Step(
                    "审批：黄乡镇（xiangzhen，乡镇党委）批准，决定 2026-03-02 生效；签字人和时间记入案件",
                    "xiangzhen",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{"approvalDecision":{"value":"APPROVED"},"decisionEffectiveDate":{"value":"2026-03-02"}}}""",
                    "approveDecision",
                    null),
            new Step(
                    "送达：作业执行器几秒内送达问责决定；演示时管理员（admin）可立即执行该作业",
                    "admin",
                    "POST",
                    "/engine-rest/job/{jobId}/execute",
                    null,
                    null,
                    null),
            new Step(
                    "登记影响期：作业执行器随后计算影响期并写入登记簿（R-12.5）；演示时管理员（admin）同样可立即执行该作业",
                    "admin",
                    "POST",
                    "/engine-rest/job/{jobId}/execute",
                    null,
                    null,
                    null),
            new Step(
                    "送达：王审理（shenli）在“登记送达情况”中下载问责决定书（PDF，GET /api/cases/{案件编号}/decisions/P2026001.pdf），"
                            + "送达张三后登记送达人、送达日期和方式；申诉期限自送达之日起一个月，至 2026-04-01（A-1）",
                    "shenli",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{"deliveredBy":{"value":"王审理、李调查"},"deliveredOn":{"value":"2026-03-02"},"deliveryMethod":{"value":"IN_PERSON"}}}""",
                    "recordDelivery",
                    null),
            new Step(
                    "结案：王审理（shenli）填写结案报告",
                    "shenli",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{"closureSummary":{"value":"张三受到批评教育，取消当年评优评先资格"}}}""",
                    "closeCase",
                    null),
            new Step(
                    "查询登记簿：吴组织（zuzhibu，组织部）查询张三的影响期",
                    "zuzhibu",
                    "GET",
                    "/api/restrictions?personId=P2026001",
                    null,
                    null,
                    null));

    /** the day the written appeal arrives, within the month from the delivery (last day 2026-04-01). */
    static final String APPEAL_FILED_ON = "2026-03-20";
    /** the day the approving body decides the appeal. */
    static final String APPEAL_DECIDED_ON = "2026-03-25";

    /** The appeal against the walked case's decision (A-1 … A-4), after {@link #STEPS}. */
    public static final List<Step> APPEAL_STEPS = List.of(
            new Step(
                    "申诉：张三于 " + APPEAL_FILED_ON + " 提交书面申诉（送达后一个月内，A-1）；张受理（shouli）启动“申诉处理”，业务键自动为案件编号",
                    "shouli",
                    "POST",
                    "/engine-rest/process-definition/key/decision-appeal/start",
                    """
                    {"variables":{"caseNumber":{"value":"{caseNumber}"},"respondentPersonId":{"value":"P2026001"},"appealFiledOn":{"value":"%s"},"appealReason":{"value":"认为责任认定有误"}}}""".formatted(APPEAL_FILED_ON),
                    null,
                    null),
            new Step(
                    "申诉处理：黄乡镇（xiangzhen，乡镇党委，作出原决定的机关，R-13.1）于 " + APPEAL_DECIDED_ON
                            + " 在“作出申诉处理决定”中变更问责方式为诫勉谈话（A-4）：原影响期当日终止，按新问责方式重新登记，"
                            + "并生成新的问责决定书（原决定书仍可按 ?version=1 下载）",
                    "xiangzhen",
                    "POST",
                    "/engine-rest/task/{taskId}/complete",
                    """
                    {"variables":{"appealOutcome":{"value":"CHANGE"},"appealNewMeasure":{"value":"ADMONISHMENT_TALK"},"appealDecisionReason":{"value":"经复查，原决定适用问责方式不当，改为诫勉谈话"}}}""",
                    "decideAppeal",
                    null),
            new Step(
                    "变更记录：吴组织（zuzhibu，组织部）查询张三影响期的变更记录：何日起、变更前后、来源案件、理由、经办人",
                    "zuzhibu",
                    "GET",
                    "/api/restrictions/history?personId=P2026001",
                    null,
                    null,
                    null),
            new Step(
                    "现行问责决定书：王审理（shenli）列出张三的问责决定书各版本（第 2 版为申诉后变更的现行决定）",
                    "shenli",
                    "GET",
                    "/api/cases/{caseNumber}/decisions/P2026001/versions",
                    null,
                    null,
                    null));

    private Walkthrough() {}

    static String curl(Step s) {
        StringBuilder sb = new StringBuilder("curl -s -u " + s.user() + ":demo");
        if (!"GET".equals(s.method())) {
            sb.append(" -X ").append(s.method()).append(" -H 'Content-Type: application/json'");
        }
        sb.append(" '").append(BASE).append(s.path()).append("'");
        if (s.body() != null) {
            sb.append(" \\\n  -d '")
                    .append(s.body().strip().replace("\n", "\n     "))
                    .append("'");
        } else if ("POST".equals(s.method())) {
            sb.append(" -d ''");
        }
        return sb.toString();
    }

    private static void step(StringBuilder md, int n, Step s) {
        md.append("\n## ").append(n).append(". ").append(s.title()).append("\n\n");
        if (s.taskKey() != null) {
            md.append("Task `")
                    .append(s.taskKey())
                    .append("` (claim as `")
                    .append(s.user())
                    .append("` first).\n\n");
        }
        md.append("```bash\n").append(curl(s)).append("\n```\n");
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# 演练：一件问责案件从受理到影响期登记，及其申诉（/engine-rest）\n\n")
                .append(
                        "Start the application (`./mvnw spring-boot:run`), then run the blocks in order. Every user's password is `demo`.\n")
                .append(
                        "`{caseNumber}` is the `businessKey` of the first answer; a task id is found and claimed before it is completed:\n\n")
                .append(
                        "```bash\nTASK=$(curl -s -u diaocha:demo 'http://localhost:8080/engine-rest/task?processInstanceBusinessKey={caseNumber}&taskDefinitionKey=verifyLead' | jq -r '.[0].id')\n")
                .append(
                        "curl -s -u diaocha:demo -X POST -H 'Content-Type: application/json' http://localhost:8080/engine-rest/task/$TASK/claim -d '{\"userId\":\"diaocha\"}'\n```\n\n")
                .append(
                        "The job id of steps 6 and 7 (the delivery job, then the register job of the respondent's track):\n\n```bash\n")
                .append(
                        "PI=$(curl -s -u admin:demo 'http://localhost:8080/engine-rest/process-instance?businessKey={caseNumber}&processDefinitionKey=respondent-accountability' | jq -r '.[0].id')\n")
                .append(
                        "JOB=$(curl -s -u admin:demo \"http://localhost:8080/engine-rest/job?processInstanceId=$PI\" | jq -r '.[0].id')\n```\n\n")
                .append(
                        "This file is generated from `src/test/java/cn/gov/pingnan/accountability/workflow/Walkthrough.java`; ")
                .append(
                        "`WalkthroughIT` runs the same steps against the running application and fails when this file differs.\n");
        int n = 1;
        for (Step s : STEPS) {
            step(md, n++, s);
        }
        md.append("\n# 申诉：同一案件的申诉与变更（decision-appeal）\n\n")
                .append("The walked decision was served on 2026-03-02; the appeal arrives on ")
                .append(APPEAL_FILED_ON)
                .append(" and is decided on ")
                .append(APPEAL_DECIDED_ON)
                .append(
                        " (the test moves the engine clock to those days; run live, the appeal is still in time, as the")
                .append(
                        " window counts from the delivery date, but the change takes effect on the real day). The task of step ")
                .append(STEPS.size() + 2)
                .append(" is found by the case number like the others. The new written decision: ")
                .append("`curl -s -u shenli:demo -o 问责决定书.pdf '")
                .append(BASE)
                .append("/api/cases/{caseNumber}/decisions/P2026001.pdf'` (add `?version=1` for the first one).\n");
        for (Step s : APPEAL_STEPS) {
            step(md, n++, s);
        }
        return md.toString();
    }
}
