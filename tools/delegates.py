"""The service-task delegates as Camunda Modeler element templates (element-templates/*.json).

Single source for the templates and for the service tasks that tools/processes.py writes into processes/*.bpmn.
Design (docs/modeler.md): the bean is a Hidden camunda:delegateExpression, async steps carry a read-only
camunda:asyncBefore, and the process variables a delegate reads and writes are read-only camunda:property
fields (extension properties the engine ignores), so applying a template never changes what a delegate does.
ElementTemplatesTest checks that these lists match the delegates' code.
Run: python3 tools/processes.py (writes the templates and the diagrams).
"""
import json
import os

SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json'
ID_PREFIX = 'cn.gov.pingnan.accountability.'
VERSION = 1
RETRY_CYCLE = 'R3/PT5M'

# process variables (names from workflow/CaseVariables.java) and what they mean to a manager
VARIABLES = {
    'caseNumber': '案件编号（PN-年份-序号，亦为业务键）',
    'leadSource': '线索来源',
    'facts': '问题事实',
    'workField': '脱贫攻坚工作领域（R-2.1）',
    'grounds': '问责情形（R-5…R-9，JSON 列表）',
    'conductDate': '问题发生日期（R-15）',
    'respondents': '受理时填写的被问责对象（JSON 列表）',
    'directTakeover': '县纪委监委直接问责（R-13.2）',
    'intakeValid': '受理信息是否完整',
    'intakeErrors': '受理信息的问题（中文，补正表单显示）',
    'conductBeforeMeasures': '问题发生在办法施行前（R-15）',
    'conductDateNote': '施行日期说明',
    'scopeDecisions': '适用范围认定及理由（R-3.2，JSON 列表）',
    'findings': '调查认定（JSON 列表）',
    'inScopeCount': '适用范围内的对象数',
    'respondentName': '被问责对象名称（任务列表列）',
    'signatories': '签字人（R-4.2，JSON 列表）',
    'collectiveDecision': '是否集体决策',
    'investigationValid': '调查结论是否完整',
    'investigationErrors': '调查结论的问题（中文）',
    'accountables': '认定后的被问责对象（R-4.1、R-4.2，JSON 列表，逐人问责的集合）',
    'accountableCount': '被问责对象人数',
    'respondent': '本实例的被问责对象（JSON）',
    'proposedGrade': '建议情节档次',
    'proposedMeasure': '建议问责方式',
    'proposalNote': '建议说明',
    'reviewGrade': '审理认定的情节档次',
    'reviewMeasure': '审理确定的问责方式',
    'reviewReason': '改变情节档次的书面理由',
    'reviewValid': '审理意见是否符合规定',
    'reviewError': '审理意见的问题（中文）',
    'approvingGroup': '有干部管理权限的审批机关（R-13.1）',
    'approverGroups': '审批任务的候选组',
    'grade': '认定的情节档次',
    'measure': '问责方式',
    'referralRoute': '执行方式（R-11）',
    'judicialTransfer': '移送司法机关（R-10.5）',
    'disciplineReferral': '须给予党纪政纪处分（R-10.4）',
    'restrictionsDue': '须登记影响期（R-12）',
    'referralBasis': '执行方式的依据',
    'employerReplyReminder': '现任职单位回复期限（ISO-8601，R-11.2）',
    'rectificationRequired': '须责令整改（R-10.2）',
    'decisionDeliveredAt': '问责决定送达时间',
    'recommendationSentAt': '函告现任职单位的时间',
    'employerRemindedAt': '催告现任职单位的时间',
    'decisionRecord': '问责决定记录（R-11.3）',
    'disciplines': '党纪政纪处分（R-10.4，JSON 列表）',
    'disciplinesValid': '处分信息是否完整',
    'disciplinesError': '处分信息的问题（中文）',
    'rectificationRemindedAt': '整改期限提醒时间',
    'decisionEffectiveDate': '问责决定生效日期（影响期起算，R-12）',
    'approveDecisionSignedBy': '审批签字人（R-4.2），记为登记人',
    'restrictions': '已登记的影响期（R-12.5，JSON 列表）',
    'restrictionId': '影响期登记簿编号',
    'personId': '人员身份标识',
    'restrictionType': '限制类型',
    'restrictionLabel': '限制类型（中文）',
    'restrictionFrom': '影响期起始日',
    'restrictionUntil': '首个不受限制的日期（R-12.0）',
    'expiresAt': '届满时刻（该日 0 时，Asia/Shanghai）',
    'expiryNote': '届满通知（组织部任务显示）',
}

GROUP_LABELS = {'reads': '读取的流程变量', 'writes': '写入的流程变量', 'starts': '传给“影响期管理”的变量'}

RESTRICTION_PERIOD_START = ['caseNumber', 'respondentName', 'personId', 'restrictionId', 'restrictionType',
                            'restrictionLabel', 'restrictionFrom', 'restrictionUntil', 'expiresAt']


def delegate(bean, name, description, reads, writes, is_async=False, starts=None):
    return dict(bean=bean, name=name, description=description, reads=reads, writes=writes, is_async=is_async,
                starts=starts or [])


# one entry per @Component("bean") JavaDelegate in src/main/java/.../workflow
DELEGATES = [
    delegate('registerCase', '生成案件编号', '按年度顺序生成案件编号 PN-年份-序号，并设为业务键。',
             [], ['caseNumber']),
    delegate('validateIntake', '校验受理信息',
             '必填项、工作领域（R-2.1）、问责情形（R-5…R-9）、施行日期（R-15）、适用范围（R-3.2）。不通过时写入中文理由，不产生故障。',
             ['caseNumber', 'leadSource', 'facts', 'workField', 'grounds', 'conductDate', 'respondents'],
             ['intakeValid', 'intakeErrors', 'conductBeforeMeasures', 'conductDateNote', 'scopeDecisions', 'findings',
              'inScopeCount', 'respondentName']),
    delegate('attributeResponsibility', '认定被问责对象',
             'R-4.1 单位的党政主要负责人、R-4.2 签字人列为被问责对象，R-8 责任类型，R-9 第三方验收不免责。不通过时退回调查。',
             ['caseNumber', 'scopeDecisions', 'respondents', 'findings', 'signatories', 'collectiveDecision'],
             ['investigationValid', 'investigationErrors', 'accountables', 'scopeDecisions', 'accountableCount']),
    delegate('proposeSanction', '提出问责建议', 'R-10.1–R-10.3 按情节取本档较轻方式；R-9 从严惩处取本档较重方式。',
             ['respondent'], ['proposedGrade', 'proposedMeasure', 'proposalNote', 'reviewGrade', 'reviewMeasure']),
    delegate('determineApprovingGroup', '确定审批机关',
             'R-13.1 按干部管理权限确定审批机关；R-13.2 县纪委监委领导始终为候选审批人。',
             ['respondent', 'directTakeover'], ['approvingGroup', 'approverGroups']),
    delegate('validateReview', '校验审理意见', 'R-10 本档内变更，或改变档次并写明理由。不通过时退回审理。',
             ['proposedGrade', 'reviewGrade', 'reviewMeasure', 'reviewReason'],
             ['grade', 'measure', 'reviewValid', 'reviewError']),
    delegate('routeReferral', '确定执行方式', 'R-10.4、R-10.5、R-11.1–R-11.4：按任职状态、涉嫌犯罪和党纪政纪处分确定执行方式。',
             ['respondent', 'measure'],
             ['referralRoute', 'judicialTransfer', 'disciplineReferral', 'restrictionsDue', 'referralBasis',
              'employerReplyReminder', 'rectificationRequired']),
    delegate('deliverDecision', '送达问责决定', 'R-10：向本人及所在单位送达问责决定（对外发文）。',
             ['respondentName'], ['decisionDeliveredAt'], is_async=True),
    delegate('sendRecommendationLetter', '函告现任职单位', 'R-11.2：调离县外的，函告现任职单位并建议问责（对外发文）。',
             ['respondentName'], ['recommendationSentAt'], is_async=True),
    delegate('remindEmployer', '催告现任职单位', 'R-11.2：现任职单位逾期未回复的，发函催告（对外发文）。',
             ['respondentName'], ['employerRemindedAt'], is_async=True),
    delegate('recordDecision', '记录问责决定', 'R-11.3：退休人员按规定处理并记录，不安排任职影响期；辞职人员记录在案。',
             ['referralRoute', 'measure'], ['decisionRecord']),
    delegate('validateDisciplines', '校验处分信息', 'R-10.4：每项处分有已配置的种类（R-14）和生效日期。不通过时退回登记。',
             ['disciplines'], ['disciplinesValid', 'disciplinesError']),
    delegate('remindRectification', '提醒整改期限', 'R-10.2：整改期限将至，提醒被问责对象（对外通知）。',
             ['respondentName'], ['rectificationRemindedAt'], is_async=True),
    delegate('scheduleRestrictions', '登记影响期',
             'R-12.0–R-12.4 计算影响期（R-12.4 取较长者），写入影响期登记簿（R-12.5），每条影响期启动一个“影响期管理”。',
             ['caseNumber', 'respondent', 'measure', 'decisionEffectiveDate', 'disciplines', 'approveDecisionSignedBy'],
             ['restrictions'], is_async=True, starts=RESTRICTION_PERIOD_START),
    delegate('expireRestriction', '标记影响期届满', 'R-12.5：影响期届满，登记簿中标记为 EXPIRED（不删除），并通知组织部。',
             ['restrictionId'], ['expiryNote'], is_async=True),
]

BY_BEAN = {d['bean']: d for d in DELEGATES}


def template_id(bean):
    return ID_PREFIX + bean


def file_name(bean):
    kebab = ''.join('-' + c.lower() if c.isupper() else c for c in bean)
    return kebab + '.json'


def variable_properties(d):
    """(camunda:property name, value, group) for every variable the delegate reads, writes or passes on."""
    out = [(f'reads:{v}', v, 'reads') for v in d['reads']]
    out += [(f'writes:{v}', v, 'writes') for v in d['writes']]
    out += [(f'starts:{v}', v, 'starts') for v in d['starts']]
    return out


def template(d):
    groups = [{'id': 'implementation', 'label': '实现（固定）'}]
    props = [{
        'type': 'Hidden',
        'value': '${' + d['bean'] + '}',
        'binding': {'type': 'property', 'name': 'camunda:delegateExpression'},
    }]
    if d['is_async']:
        props.append({
            'label': '异步执行（单独作业）',
            'description': f'失败自动重试（{RETRY_CYCLE}），重试用尽后在 Cockpit 显示为故障，排除原因后“重试”即可继续。',
            'type': 'Boolean',
            'value': True,
            'editable': False,
            'group': 'implementation',
            'binding': {'type': 'property', 'name': 'camunda:asyncBefore'},
        })
    used = []
    for name, var, group in variable_properties(d):
        if group not in used:
            used.append(group)
        props.append({
            'label': VARIABLES[var],
            'description': '流程变量 ' + var,
            'type': 'String',
            'value': var,
            'editable': False,
            'group': group,
            'binding': {'type': 'camunda:property', 'name': name},
        })
    groups += [{'id': g, 'label': GROUP_LABELS[g]} for g in used]
    return {
        '$schema': SCHEMA,
        'id': template_id(d['bean']),
        'name': d['name'],
        'description': d['description'],
        'version': VERSION,
        'keywords': [d['bean'], '平南问责'],
        'appliesTo': ['bpmn:ServiceTask'],
        'groups': groups,
        'properties': props,
    }


def write_templates(root):
    folder = os.path.join(root, 'element-templates')
    os.makedirs(folder, exist_ok=True)
    for d in DELEGATES:
        with open(os.path.join(folder, file_name(d['bean'])), 'w', encoding='utf-8') as fh:
            json.dump(template(d), fh, ensure_ascii=False, indent=2)
            fh.write('\n')
    print('wrote', len(DELEGATES), 'element templates')


if __name__ == '__main__':
    write_templates(os.path.join(os.path.dirname(__file__), '..'))
