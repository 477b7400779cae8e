"""Writes forms/*.form (Camunda Forms, form-js schemaVersion 16 as bundled with Camunda 7.24 Tasklist).

Choice lists come from the rules' data: grounds from src/main/resources/rules/grounds.json, discipline types
from rules/discipline-periods.json, enum lists copied from the Java enums — FormChoicesTest proves they are equal.
Run from the project root: python3 tools/forms.py
"""
import copy
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), '..')
RULES = os.path.join(ROOT, 'src', 'main', 'resources', 'rules')

ENUMS = {
    'RespondentKind': [('PERSON', '工作人员'), ('UNIT', '单位')],
    'WorkField': [('INDUSTRY', '产业发展'), ('INFRASTRUCTURE', '基础设施建设'), ('RELOCATION', '扶贫搬迁'), ('EDUCATION', '教育'),
                  ('HEALTH', '医疗卫生'), ('SOCIAL_WELFARE', '社会民生'), ('OTHER', '其他')],
    'PersonCategory': [
        ('ADMINISTRATIVE_ORGAN', '全县各级行政机关及其公务员、行政机关任命的其他人员'),
        ('AUTHORIZED_ORGANIZATION', '法律法规授权或行政机关委托从事公共事务管理活动的组织中从事脱贫攻坚工作的人员'),
        ('GRASSROOTS_ORGANIZATION', '农村、社区党组织和村（居）民委员会等基层组织及从事脱贫攻坚工作的人员（含计生专干、妇女主任、团支书）'),
        ('ASSIGNED_ASSISTANCE_UNIT', '县帮扶单位中的中、区、市直单位及其从事脱贫攻坚工作的工作人员'),
        ('OUT_OF_SCOPE', '不属于本办法适用范围')],
    'ManagementLevel': [('COUNTY', '县管干部'), ('TOWNSHIP', '乡镇管理'), ('UNIT', '单位管理')],
    'EmploymentStatus': [('IN_POST', '在原单位任职'), ('TRANSFERRED_IN_COUNTY', '已调离，仍在县内工作'),
                         ('LEFT_COUNTY', '已调离，不在县内工作'), ('RETIRED', '已退休'), ('RESIGNED', '已辞职')],
    'CaseRole': [('TOP_LEADER', '一把手'), ('DECISION_PARTICIPANT', '参与集体决策人员'), ('LEADER', '分管或主管领导'),
                 ('EXECUTING_STAFF', '具体经办人员')],
    'SeverityGrade': [('LIGHT', '情节较轻'), ('HEAVIER', '情节较重'), ('SEVERE', '情节严重')],
    'Measure': [('CRITICISM_EDUCATION', '批评教育'), ('ADMONISHMENT_TALK', '诫勉谈话'), ('CIRCULATED_CRITICISM', '通报批评'),
                ('REASSIGNMENT', '调离岗位'), ('REMOVAL', '免职')],
    'SignatoryExclusionReason': [('SIGNATURE_NOT_GENUINE', '签名非本人所签'), ('OBJECTION_RECORDED', '签字时已书面提出反对意见'),
                                 ('SIGNED_ON_MISLEADING_MATERIAL', '因他人提供虚假材料受蒙蔽签字且已尽审核义务'),
                                 ('THIRD_PARTY_ACCEPTANCE', '已经第三方验收'), ('OTHER', '其他')],
}
LEAD_SOURCES = ['群众信访举报', '上级交办', '巡视巡察移交', '审计移交', '监督检查发现', '媒体曝光', '其他']
VERIFICATION = [('OPEN', '立案调查'), ('NO_VIOLATION', '了结：无违规事实'), ('INSUFFICIENT_EVIDENCE', '了结：证据不足'),
                ('NOT_IN_SCOPE', '了结：不属于本办法适用范围')]

_n = [0]


def cid(prefix):
    _n[0] += 1
    return f'{prefix}_{_n[0]}'


def values(pairs):
    return [{'label': label, 'value': value} for value, label in pairs]


def text(md):
    return {'type': 'text', 'id': cid('Text'), 'text': md}


def field(kind, key, label, description=None, required=False, readonly=False, hide=None, **extra):
    c = {'type': kind, 'id': cid('Field'), 'key': key, 'label': label}
    if description:
        c['description'] = description
    validate = {k: v for k, v in extra.pop('validate', {}).items()}
    if required:
        validate['required'] = True
    if validate:
        c['validate'] = validate
    if readonly:
        c['readonly'] = True
    if hide:
        c['conditional'] = {'hide': hide}
    c.update(extra)
    return c


def select(key, label, enum, **kw):
    return field('select', key, label, values=values(ENUMS[enum]), **kw)


def date(key, label, **kw):
    return field('datetime', key, None, subtype='date', dateLabel=label, **kw)


def checkbox(key, label, description=None):
    return field('checkbox', key, label, description)


def textarea(key, label, description=None, required=True, maxlen=4000, **kw):
    return field('textarea', key, label, description, required=required, validate={'maxLength': maxlen}, **kw)


def dynlist(path, label, components, add_remove=True, repetitions=1):
    return {'type': 'dynamiclist', 'id': cid('List'), 'path': path, 'label': label, 'isRepeating': True,
            'allowAddRemove': add_remove, 'defaultRepetitions': repetitions, 'nonCollapsedItems': 10,
            'components': components}


def group(label, components):
    return {'type': 'group', 'id': cid('Group'), 'label': label, 'showOutline': True, 'components': components}


def unique_ids(components):
    """form-js refuses a form whose component ids repeat (shared headers are reused across forms)."""
    seen = {}
    copied = copy.deepcopy(components)

    def walk(items):
        for c in items:
            prefix = c['id'].rsplit('_', 1)[0]
            seen[prefix] = seen.get(prefix, 0) + 1
            c['id'] = f'{prefix}_{seen[prefix]}'
            walk(c.get('components', []))
    walk(copied)
    return copied


def form(form_id, components):
    _n[0] = 0
    components = unique_ids(components)
    return {'id': form_id, 'type': 'default', 'schemaVersion': 16,
            'exporter': {'name': 'pingnan tools/forms.py', 'version': '1.0'},
            'executionPlatform': 'Camunda Platform', 'executionPlatformVersion': '7.24.0',
            'components': components}


ID_PATTERN = '^[0-9A-Za-z-]{4,30}$'


def grounds():
    data = json.load(open(os.path.join(RULES, 'grounds.json'), encoding='utf-8'))
    return [{'label': f"{g['code']} {g['textZh']}", 'value': g['code']} for g in data['grounds']]


def discipline_types():
    data = json.load(open(os.path.join(RULES, 'discipline-periods.json'), encoding='utf-8'))
    return [{'label': d['labelZh'], 'value': d['type']} for d in data['disciplines']]


def intake_fields():
    return [
        group('线索', [
            field('select', 'leadSource', '线索来源', required=True, values=[{'label': s, 'value': s} for s in LEAD_SOURCES]),
            select('workField', '脱贫攻坚工作领域', 'WorkField', description='第二条：按工作领域统计', required=True),
            date('conductDate', '问题发生日期', description='第十五条：2016年9月14日前的问题将被标记，请核实是否适用', required=True),
            field('checklist', 'grounds', '问责情形（可多选）', description='第五条至第九条', required=True, values=grounds()),
            textarea('facts', '问题事实', '简要写明时间、地点、经过和后果'),
            checkbox('directTakeover', '县纪委监委直接问责', '第十三条：勾选后各对象的问责决定由县纪委监委领导审批'),
        ]),
        dynlist('respondents', '被问责对象（单位或工作人员，可添加多个）', [
            field('radio', 'kind', '类型', required=True, values=values(ENUMS['RespondentKind'])),
            field('textfield', 'name', '姓名或单位名称', required=True, validate={'maxLength': 100}),
            field('textfield', 'personId', '身份证号、人员编号或统一社会信用代码', required=True,
                  validate={'pattern': ID_PATTERN}, description='4–30 位字母、数字或连字符'),
            field('textfield', 'unit', '所在单位', validate={'maxLength': 100}),
            field('textfield', 'post', '职务', validate={'maxLength': 100}),
            select('category', '类别（第三条）', 'PersonCategory', required=True),
            select('managementLevel', '干部管理权限（第十三条）', 'ManagementLevel', required=True),
            select('employmentStatus', '现任职状态（第十一条）', 'EmploymentStatus', description='单位无须填写'),
            field('textfield', 'currentEmployer', '现工作单位', description='已调离的须填写', validate={'maxLength': 100}),
        ]),
    ]


def label_of(expr, pairs):
    """A FEEL expression for a text view: the Chinese label of an enum value, the value itself otherwise."""
    feel = expr
    for value, label in reversed(pairs):
        feel = f'if {expr} = "{value}" then "{label}" else ({feel})'
    return '{{' + feel + '}}'


GRADE_LABELS = [('LIGHT', '情节较轻'), ('HEAVIER', '情节较重'), ('SEVERE', '情节严重')]
MEASURE_LABELS = [('CRITICISM_EDUCATION', '批评教育'), ('ADMONISHMENT_TALK', '诫勉谈话'),
                  ('CIRCULATED_CRITICISM', '通报批评'), ('REASSIGNMENT', '调离岗位'), ('REMOVAL', '免职')]
GROUP_LABELS = [('county-committee', '县委'), ('township-committee', '乡镇党委'), ('unit-party-group', '单位党组'),
                ('commission-leaders', '县纪委监委领导')]


CASE_HEADER = text('**案件编号：** {{caseNumber}}　**被问责对象：** {{respondentName}}\n\n**问题事实：** {{facts}}')
RESPONDENT_HEADER = text(
    '**案件编号：** {{caseNumber}}\n\n**被问责对象：** {{respondent.name}}（{{respondent.unit}} {{respondent.post}}）\n\n'
    '**责任类型：** {{respondent.responsibilityZh}}（依据 {{respondent.basis}}）　**调查认定情节：** ' + label_of('respondent.severityGrade', GRADE_LABELS) + '　'
    '**第九条从严：** {{if respondent.aggravatedArt9 then "是" else "否"}}\n\n**问题事实：** {{facts}}')


def forms():
    yield form('case-intake', [text('### 受理问题线索\n请填写线索、问责情形和被问责对象。提交后系统生成案件编号。')] + intake_fields())
    yield form('correct-intake', [
        text('### 补正受理信息\n**案件编号：** {{caseNumber}}\n\n**须补正的问题：**\n\n{{intakeErrors}}')] + intake_fields())
    yield form('verify-lead', [
        CASE_HEADER,
        text('**施行日期核查：** {{conductDateNote}}\n\n**适用范围认定：**\n{{#loop scopeDecisions}}\n- {{name}}：{{reason}}\n{{/loop}}'),
        field('radio', 'verificationDecision', '初核结论', required=True, values=values(VERIFICATION)),
        textarea('verificationReason', '了结理由', '了结的须写明理由', required=False, hide='=verificationDecision = "OPEN"'),
    ])
    yield form('investigate-case', [
        CASE_HEADER,
        text('{{#if investigationErrors}}**须补充的问题：**\n\n{{investigationErrors}}{{/if}}'),
        dynlist('findings', '逐个对象的调查认定', [
            field('textfield', 'name', '被问责对象', readonly=True),
            field('textfield', 'personId', '编号', readonly=True),
            select('role', '在问题中的角色（第八条，工作人员填写）', 'CaseRole'),
            select('severityGrade', '情节认定（第十条）', 'SeverityGrade', required=True),
            checkbox('aggravatedArt9', '第九条从严惩处（监管部门把关不严致项目验收通过）'),
            checkbox('disciplineDue', '须给予党纪政纪处分（第十条）'),
            checkbox('crimeSuspected', '涉嫌犯罪，须移送司法机关（第十条、第十一条）'),
            text('单位须填写党政主要负责人（第四条 党政同责、捆绑问责）：'),
            field('textfield', 'partyHeadName', '党组织主要负责人姓名', validate={'maxLength': 50}),
            field('textfield', 'partyHeadId', '党组织主要负责人编号', validate={'pattern': ID_PATTERN}),
            field('textfield', 'partyHeadPost', '党组织主要负责人职务', validate={'maxLength': 100}),
            select('partyHeadStatus', '党组织主要负责人现任职状态', 'EmploymentStatus'),
            field('textfield', 'partyHeadEmployer', '党组织主要负责人现工作单位（已调离的）', validate={'maxLength': 100}),
            field('textfield', 'adminHeadName', '行政主要负责人姓名', validate={'maxLength': 50}),
            field('textfield', 'adminHeadId', '行政主要负责人编号', validate={'pattern': ID_PATTERN}),
            field('textfield', 'adminHeadPost', '行政主要负责人职务', validate={'maxLength': 100}),
            select('adminHeadStatus', '行政主要负责人现任职状态', 'EmploymentStatus'),
            field('textfield', 'adminHeadEmployer', '行政主要负责人现工作单位（已调离的）', validate={'maxLength': 100}),
        ], add_remove=False),
        checkbox('collectiveDecision', '问题经集体研究决定（第八条：一把手承担决策责任）'),
        dynlist('signatories', '签字人（第四条 谁签字、谁负责；签字人列为被问责对象，除非书面说明理由）', [
            field('textfield', 'signerName', '姓名', required=True, validate={'maxLength': 50}),
            field('textfield', 'signerId', '编号', required=True, validate={'pattern': ID_PATTERN}),
            field('textfield', 'signerUnit', '所在单位', validate={'maxLength': 100}),
            field('textfield', 'signerPost', '职务', validate={'maxLength': 100}),
            field('textfield', 'signedDocument', '所签文件（审批、申报或验收）', required=True, validate={'maxLength': 200}),
            select('signerCategory', '类别（第三条）', 'PersonCategory', required=True),
            select('signerLevel', '干部管理权限（第十三条）', 'ManagementLevel', required=True),
            select('signerStatus', '现任职状态（第十一条）', 'EmploymentStatus', required=True),
            field('textfield', 'signerEmployer', '现工作单位（已调离的）', validate={'maxLength': 100}),
            select('signerRole', '角色（第八条，默认为经办）', 'CaseRole'),
            select('signerGrade', '情节认定（第十条）', 'SeverityGrade'),
            checkbox('signerAggravated', '第九条从严惩处'),
            checkbox('signerDisciplineDue', '须给予党纪政纪处分'),
            checkbox('signerCrimeSuspected', '涉嫌犯罪'),
            select('exclusionCode', '不列为被问责对象的理由（第三方验收不能免责，第九条）', 'SignatoryExclusionReason'),
            textarea('exclusionReason', '书面说明', required=False, maxlen=1000),
        ], repetitions=0),
        textarea('investigationReport', '调查报告摘要'),
    ])
    yield form('close-case', [
        CASE_HEADER,
        text('**被问责对象：**\n{{#loop accountables}}\n- {{name}}（{{responsibilityZh}}，{{basis}}）\n{{/loop}}'),
        textarea('closureSummary', '结案报告'),
    ])
    yield form('review-proposal', [
        text('### 审理问责建议'), RESPONDENT_HEADER,
        text('**问责建议：** {{proposalNote}}\n\n{{#if reviewError}}**审理意见未通过校验：** {{reviewError}}{{/if}}\n\n'
             '{{#if rejectionReason}}**审批退回理由：** {{rejectionReason}}{{/if}}'),
        select('reviewGrade', '审理认定情节（第十条）', 'SeverityGrade', required=True),
        select('reviewMeasure', '问责方式（第十条）', 'Measure', required=True,
               description='情节较轻：批评教育、诫勉谈话；情节较重：通报批评（同时责令整改）；情节严重：调离岗位、免职'),
        textarea('reviewReason', '变更理由', '改变情节档次的须书面说明理由', required=False),
    ])
    yield form('approve-decision', [
        text('### 审批问责决定'), RESPONDENT_HEADER,
        text('**问责建议：** {{proposalNote}}\n\n**审理意见：** ' + label_of('grade', GRADE_LABELS) + ' — ' + label_of('measure', MEASURE_LABELS) + '　{{reviewReason}}\n\n'
             '**审理人：** {{reviewProposalSignedBy}}\n\n**审批机关：** ' + label_of('approvingGroup', GROUP_LABELS) + '（县纪委监委领导可直接问责，第十三条）'),
        field('radio', 'approvalDecision', '审批结论', required=True,
              values=[{'label': '批准', 'value': 'APPROVED'}, {'label': '退回审理', 'value': 'REJECTED'}]),
        date('decisionEffectiveDate', '问责决定生效日期', description='影响期自该日起算（第十二条）',
             hide='=approvalDecision = "REJECTED"'),
        textarea('approvalComment', '审批意见', '退回审理的须写明理由', required=False),
    ])
    yield form('transfer-to-judiciary', [
        RESPONDENT_HEADER, text('涉嫌犯罪，移送司法机关（第十条、第十一条）。'),
        textarea('judicialTransferNote', '移送情况（移送机关、日期、文号）'),
    ])
    yield form('handle-transferred-respondent', [
        RESPONDENT_HEADER, text('已调离、仍在县内工作，由县纪委监委监察局问责（第十一条）。**问责方式：** ' + label_of('measure', MEASURE_LABELS)),
        textarea('handlingNote', '问责执行情况'),
    ])
    yield form('record-employer-reply', [
        RESPONDENT_HEADER, text('已函告现任职单位 {{respondent.currentEmployer}} 并建议问责（第十一条）。'),
        textarea('employerReply', '现任职单位回复内容'),
    ])
    yield form('record-discipline', [
        RESPONDENT_HEADER, text('{{#if disciplinesError}}**须补正：**\n\n{{disciplinesError}}{{/if}}'),
        dynlist('disciplines', '给予的党纪政纪处分（可多项；未给予处分的删除全部条目）', [
            field('select', 'type', '处分种类', required=True, values=discipline_types()),
            date('effectiveDate', '处分生效日期', required=True),
        ]),
    ])
    yield form('order-rectification', [
        RESPONDENT_HEADER, text('通报批评，同时责令整改（第十条）。'),
        textarea('rectificationRequirements', '整改要求'),
        date('rectificationDeadline', '整改期限', required=True),
    ])
    yield form('verify-rectification', [
        RESPONDENT_HEADER, text('**整改要求：** {{rectificationRequirements}}\n\n**整改期限：** {{rectificationDeadline}}'),
        checkbox('rectificationVerified', '整改到位'),
        textarea('rectificationNote', '核查情况'),
    ])
    yield form('supervise-overdue-rectification', [
        RESPONDENT_HEADER, text('**整改逾期：** 期限 {{rectificationDeadline}}，要求：{{rectificationRequirements}}'),
        textarea('escalationNote', '督办意见'),
    ])
    yield form('acknowledge-restriction-expiry', [
        text('### 影响期届满\n**案件编号：** {{caseNumber}}\n\n**人员：** {{respondentName}}（{{personId}}）\n\n'
             '**限制：** {{restrictionLabel}}，{{restrictionFrom}} 起，{{restrictionUntil}} 届满\n\n{{expiryNote}}'),
    ])


if __name__ == '__main__':
    for f in forms():
        with open(os.path.join(ROOT, 'forms', f['id'] + '.form'), 'w', encoding='utf-8') as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        print('wrote', f['id'])
