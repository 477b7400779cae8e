"""The three processes as laid out in processes/*.bpmn. Run from the project root: python3 tools/processes.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import Process  # noqa: E402
import delegates  # noqa: E402

SIGN = ('complete', 'recordSignature')


def accountability_case():
    p = Process('accountability-case', '问责案件办理', 3650,
                '平南县脱贫攻坚工作问责：从受理问题线索到逐人问责处理和结案。业务键为案件编号 PN-年份-序号。'
                'historyTimeToLive 3650 天（10 年，自结案起算）：结案时案卷（问责决定、审批签字、送达回证）移交县纪委监委档案室长期保存'
                '（假定按文书档案保管期限 30 年或永久）；引擎历史是电子工作副本，不短于最短档案保管期限 10 年，覆盖两届县委任期的巡察回查。'
                '逐人问责的子流程与本案同时删除。理由见 docs/operations.md。'
                'R-2.1 工作领域、R-3 适用范围、R-4 捆绑问责与谁签字谁负责、R-5…R-9 问责情形、R-13 分级负责、R-15 施行日期。',
                {'camunda:candidateStarterGroups': 'intake'})
    p.start('caseReceived', '收到问题线索', 0, 0, form='case-intake', initiator='registeredBy',
            doc='案件受理（intake）登记线索来源、工作领域（R-2.1）、问题发生日期（R-15）、问责情形（R-5…R-9）、问题事实和被问责对象（R-3.1、R-13）；'
                '可勾选由县纪委监委直接问责（R-13.2）。')
    p.service('registerCase', '生成案件编号', 1, 0, 'registerCase', doc='按年度顺序生成案件编号，作为业务键。')
    p.xgw('intakeEntry', '待校验', 2, 0)
    p.service('validateIntake', '校验受理信息', 3, 0, 'validateIntake',
              doc='必填项、问责情形（R-5…R-9）、施行日期标记（R-15）、适用范围（R-3.2：不属于适用范围的对象记录理由后不再问责，不删除）。')
    p.xgw('intakeComplete', '受理信息完整？', 4, 0)
    p.user('correctIntake', '补正受理信息', 4, 1, 'intake', 'correct-intake',
           doc='校验未通过的理由以中文显示在表单中；补正后重新校验。')
    p.xgw('anyInScope', '有适用范围内的对象？', 5, 0, doc='R-3.2')
    p.end('closedOutOfScope', '不予问责（不属于适用范围）', 5, 1, doc='R-3.2：全部对象不属于第三条适用范围，理由保存在 scopeDecisions。')
    p.user('verifyLead', '初步核实线索', 6, 0, 'investigators', 'verify-lead',
           listeners=[('complete', 'checkLeadVerification'), SIGN], doc='立案调查，或以无违规事实、证据不足、不属于适用范围了结。')
    p.xgw('leadConfirmed', '立案调查？', 7, 0)
    p.end('closedAtVerification', '初核了结', 7, 1)
    p.xgw('investigationEntry', '待调查', 8, 0)
    p.user('investigateCase', '调查核实问题', 9, 0, 'investigators', 'investigate-case', listeners=[SIGN],
           doc='逐个对象认定角色与责任类型（R-8）、情节（R-10）、第九条从严、党纪政纪处分（R-10.4）、涉嫌犯罪（R-10.5）；'
               '单位须填写党政主要负责人（R-4.1）；记录签字人（R-4.2），第三方验收不能作为免责理由（R-9）。')
    p.service('attributeResponsibility', '认定被问责对象', 10, 0, 'attributeResponsibility',
              doc='R-4.1 单位的党政主要负责人、R-4.2 签字人列为被问责对象；R-8 责任类型；R-9。')
    p.xgw('investigationComplete', '调查结论完整？', 11, 0)
    p.call('holdRespondentsAccountable', '逐人问责处理', 12, 0, 'respondent-accountability',
           [('caseNumber', 'caseNumber'), ('accountable', 'respondent'),
            ('${accountable.prop("name").stringValue()}', 'respondentName'),
            ('directTakeover', 'directTakeover'), ('facts', 'facts')],
           '${accountables.elements()}', 'accountable',
           doc='每个被问责对象一个“对象问责处理”实例（并行多实例）。')
    p.user('closeCase', '办结案件', 13, 0, 'reviewers', 'close-case', listeners=[SIGN], doc='填写结案报告。')
    p.end('caseClosed', '案件办结', 14, 0)

    p.flow('f_start', 'caseReceived', 'registerCase')
    p.flow('f_registered', 'registerCase', 'intakeEntry')
    p.flow('f_toValidation', 'intakeEntry', 'validateIntake')
    p.flow('f_validated', 'validateIntake', 'intakeComplete')
    p.flow('f_intakeOk', 'intakeComplete', 'anyInScope', '是', '${intakeValid}')
    p.flow('f_intakeBad', 'intakeComplete', 'correctIntake', '否，补正', default=True)
    p.flow('f_corrected', 'correctIntake', 'intakeEntry', route='back-up')
    p.flow('f_inScope', 'anyInScope', 'verifyLead', '是', '${inScopeCount > 0}')
    p.flow('f_outOfScope', 'anyInScope', 'closedOutOfScope', '否', default=True)
    p.flow('f_verified', 'verifyLead', 'leadConfirmed')
    p.flow('f_open', 'leadConfirmed', 'investigationEntry', '立案调查', "${verificationDecision == 'OPEN'}")
    p.flow('f_closeLead', 'leadConfirmed', 'closedAtVerification', '了结', default=True)
    p.flow('f_investigated', 'investigateCase', 'attributeResponsibility')
    p.flow('f_attributed', 'attributeResponsibility', 'investigationComplete')
    p.flow('f_investigationOk', 'investigationComplete', 'holdRespondentsAccountable', '是', '${investigationValid}')
    p.flow('f_toInvestigation', 'investigationEntry', 'investigateCase')
    p.flow('f_investigationBad', 'investigationComplete', 'investigationEntry', '否，补充调查', default=True, route='over')
    p.flow('f_allHandled', 'holdRespondentsAccountable', 'closeCase')
    p.flow('f_closed', 'closeCase', 'caseClosed')
    return p


def respondent_accountability():
    p = Process('respondent-accountability', '对象问责处理', 3650,
                '一个被问责对象的问责：建议（R-10、R-9）、审理、审批（R-13，签字人与时间 R-4.2）、执行（R-11）、'
                '移送司法机关（R-10.5、R-11.4）、党纪政纪处分（R-10.4）、整改（R-10.2）、影响期登记（R-12）。'
                'historyTimeToLive 3650 天：由“问责案件办理”调用时，历史随根流程（案件）的删除时间一并删除；单独启动时同样保存 10 年。',
                {'camunda:isStartableInTasklist': 'false'})
    p.start('respondentTrackStarted', '开始对象问责处理', 0, 0)
    p.service('proposeSanction', '提出问责建议', 1, 0, 'proposeSanction', doc='R-10.1–R-10.3 按情节取本档较轻方式；R-9 从严惩处取本档较重方式。')
    p.service('determineApprovingGroup', '确定审批机关', 2, 0, 'determineApprovingGroup',
              doc='R-13.1 按干部管理权限确定审批机关；R-13.2 县纪委监委领导始终为候选审批人，可直接问责。')
    p.xgw('reviewEntry', '提交审理', 3, 0)
    p.user('reviewProposal', '审理问责建议', 4, 0, 'reviewers', 'review-proposal', listeners=[SIGN],
           doc='确认或变更问责方式：本档内变更；改变情节档次须书面说明理由（R-10）。')
    p.service('validateReview', '校验审理意见', 5, 0, 'validateReview')
    p.xgw('reviewValid', '审理意见符合规定？', 6, 0)
    p.user('approveDecision', '审批问责决定', 7, 0, '${approverGroups}', 'approve-decision',
           listeners=[('complete', 'recordApproval')],
           doc='候选组：有干部管理权限的机关和县纪委监委领导（R-13.1、R-13.2）。记录签字人和时间（R-4.2）。')
    p.xgw('approved', '批准？', 8, 0)
    p.service('routeReferral', '确定执行方式', 9, 0, 'routeReferral', doc='R-10.4、R-10.5、R-11.1–R-11.4')
    p.pgw('referralSplit', '分别办理', 10, 0)
    # crime branch
    p.xgw('crimeCheck', '涉嫌犯罪？', 11, -2)
    p.user('transferToJudiciary', '移送司法机关', 12, -2, 'commission-leaders', 'transfer-to-judiciary', listeners=[SIGN],
           doc='R-10.5、R-11.4：涉嫌犯罪的，不论是否在职，移送司法机关。')
    p.xgw('crimeMerge', '移送办结', 16, -2)
    # discipline branch
    p.xgw('disciplineCheck', '须给予党纪政纪处分？', 11, -1)
    p.xgw('disciplineEntry', '待登记处分', 12, -1)
    p.user('recordDiscipline', '登记党纪政纪处分', 13, -1, 'investigators', 'record-discipline', listeners=[SIGN],
           doc='R-10.4：登记处分种类和生效日期（可多项），用于 R-12.4 取较长影响期。')
    p.service('validateDisciplines', '校验处分信息', 14, -1, 'validateDisciplines')
    p.xgw('disciplinesValid', '处分信息完整？', 15, -1)
    p.xgw('disciplineMerge', '处分登记完毕', 16, -1)
    # route branch
    p.xgw('routeChoice', '执行方式？', 11, 0)
    p.service('deliverDecision', '送达问责决定', 12, 0, 'deliverDecision', doc='R-10：在原单位任职，送达本人及所在单位。')
    p.user('handleTransferredRespondent', '办理调离人员问责', 12, 1, 'commission-leaders', 'handle-transferred-respondent',
           listeners=[SIGN], doc='R-11.1：已调离仍在县内工作的，由县纪委监委监察局问责。')
    p.service('recordDecision', '记录问责决定', 12, 2, 'recordDecision', doc='R-11.3：退休人员按规定处理并记录，不安排任职影响期；辞职人员记录在案。')
    p.service('sendRecommendationLetter', '函告现任职单位', 12, 3, 'sendRecommendationLetter',
              doc='R-11.2：调离县外的，通报现任职单位并建议问责。')
    p.user('recordEmployerReply', '登记现任职单位回复', 13, 3, 'intake', 'record-employer-reply', listeners=[SIGN],
           doc='R-11.2：等待现任职单位回复。')
    p.boundary('employerReplyOverdue', '回复逾期', 'recordEmployerReply', 1, ('timeDuration', '${employerReplyReminder}'),
               doc='R-11.2：逾期未回复的催告，期限可配置（pingnan.workflow.employer-reply-reminder，默认 P30D）。')
    p.service('remindEmployer', '催告现任职单位', 14, 4, 'remindEmployer')
    p.end('employerReminded', '已催告', 15, 4)
    p.xgw('routeMerge', '执行完毕', 16, 0)
    p.pgw('referralJoin', '办理完毕', 17, 0)
    # rectification
    p.xgw('rectificationCheck', '责令整改？', 18, 0, doc='R-10.2、R-4.4、R-4.5：通报批评的，同时责令整改。')
    p.xgw('rectificationEntry', '待下达整改', 19, 0)
    p.user('orderRectification', '下达整改通知', 20, 0, 'reviewers', 'order-rectification',
           listeners=[('complete', 'planRectification'), SIGN], doc='R-10.2：整改要求和期限。')
    p.user('verifyRectification', '核查整改情况', 21, 0, 'investigators', 'verify-rectification', listeners=[SIGN],
           doc='R-4.5：整改完成情况由调查人员核查。')
    p.boundary('rectificationReminderDue', '整改期限将至', 'verifyRectification', 0, ('timeDate', '${rectificationRemindAt}'))
    p.boundary('rectificationOverdue', '整改逾期', 'verifyRectification', 1, ('timeDate', '${rectificationOverdueAt}'),
               doc='整改期限届满次日 0 时仍未核查完毕的，报县纪委监委领导督办。')
    p.service('remindRectification', '提醒整改期限', 22, 1, 'remindRectification')
    p.end('rectificationReminded', '已提醒', 23, 1)
    p.user('superviseOverdueRectification', '督办逾期整改', 22, 2, 'commission-leaders', 'supervise-overdue-rectification',
           listeners=[SIGN])
    p.end('overdueSupervised', '已督办', 23, 2)
    p.xgw('rectified', '整改到位？', 22, 0)
    p.xgw('rectificationMerge', '整改完毕', 23, 0)
    # restrictions
    p.xgw('restrictionsDue', '登记影响期？', 24, 0, doc='R-11.2 调离县外、R-11.3 退休：不登记影响期。')
    p.service('scheduleRestrictions', '登记影响期', 25, 0, 'scheduleRestrictions',
              doc='R-12.0–R-12.4 计算影响期（R-12.4 取较长者），同一事务写入影响期登记簿（R-12.5），每条影响期启动一个“影响期管理”。')
    p.end('respondentHandled', '问责处理完毕', 26, 0)
    p.end('handledWithoutRestrictions', '问责处理完毕（不登记影响期）', 25, 1)

    p.flow('r_start', 'respondentTrackStarted', 'proposeSanction')
    p.flow('r_proposed', 'proposeSanction', 'determineApprovingGroup')
    p.flow('r_toReview', 'determineApprovingGroup', 'reviewEntry')
    p.flow('r_review', 'reviewEntry', 'reviewProposal')
    p.flow('r_reviewed', 'reviewProposal', 'validateReview')
    p.flow('r_reviewChecked', 'validateReview', 'reviewValid')
    p.flow('r_reviewOk', 'reviewValid', 'approveDecision', '是', '${reviewValid}')
    p.flow('r_reviewBad', 'reviewValid', 'reviewEntry', '否，重新审理', default=True, route='over')
    p.flow('r_decided', 'approveDecision', 'approved')
    p.flow('r_approved', 'approved', 'routeReferral', '批准', "${approvalDecision == 'APPROVED'}")
    p.flow('r_rejected', 'approved', 'reviewEntry', '退回审理', default=True, route='under')
    p.flow('r_routed', 'routeReferral', 'referralSplit')
    p.flow('r_splitCrime', 'referralSplit', 'crimeCheck')
    p.flow('r_splitDiscipline', 'referralSplit', 'disciplineCheck')
    p.flow('r_splitRoute', 'referralSplit', 'routeChoice')
    p.flow('r_crime', 'crimeCheck', 'transferToJudiciary', '是', '${judicialTransfer}')
    p.flow('r_noCrime', 'crimeCheck', 'crimeMerge', '否', default=True, route='over', lane=200 - 2 * 140 - 70)
    p.flow('r_transferred', 'transferToJudiciary', 'crimeMerge')
    p.flow('r_toDiscipline', 'disciplineEntry', 'recordDiscipline')
    p.flow('r_discipline', 'disciplineCheck', 'disciplineEntry', '是', '${disciplineReferral}')
    p.flow('r_noDiscipline', 'disciplineCheck', 'disciplineMerge', '否', default=True, route='over', lane=200 - 140 - 70)
    p.flow('r_disciplineRecorded', 'recordDiscipline', 'validateDisciplines')
    p.flow('r_disciplineChecked', 'validateDisciplines', 'disciplinesValid')
    p.flow('r_disciplineOk', 'disciplinesValid', 'disciplineMerge', '是', '${disciplinesValid}')
    p.flow('r_disciplineBad', 'disciplinesValid', 'disciplineEntry', '否，补正', default=True, route='under', lane=200 - 140 + 70)
    p.flow('r_inPost', 'routeChoice', 'deliverDecision', '在原单位任职', "${referralRoute == 'DELIVER_DECISION'}")
    p.flow('r_inCounty', 'routeChoice', 'handleTransferredRespondent', '调离，县内', "${referralRoute == 'COMMISSION_HANDLES'}")
    p.flow('r_retired', 'routeChoice', 'recordDecision', '退休或辞职', default=True)
    p.flow('r_outOfCounty', 'routeChoice', 'sendRecommendationLetter', '调离，县外', "${referralRoute == 'RECOMMEND_TO_EMPLOYER'}")
    p.flow('r_letterSent', 'sendRecommendationLetter', 'recordEmployerReply')
    p.flow('r_replyOverdue', 'employerReplyOverdue', 'remindEmployer')
    p.flow('r_reminded', 'remindEmployer', 'employerReminded')
    p.flow('r_delivered', 'deliverDecision', 'routeMerge')
    p.flow('r_handled', 'handleTransferredRespondent', 'routeMerge')
    p.flow('r_recorded', 'recordDecision', 'routeMerge')
    p.flow('r_replied', 'recordEmployerReply', 'routeMerge')
    p.flow('r_crimeDone', 'crimeMerge', 'referralJoin')
    p.flow('r_disciplineDone', 'disciplineMerge', 'referralJoin')
    p.flow('r_routeDone', 'routeMerge', 'referralJoin')
    p.flow('r_joined', 'referralJoin', 'rectificationCheck')
    p.flow('r_toRectification', 'rectificationEntry', 'orderRectification')
    p.flow('r_rectify', 'rectificationCheck', 'rectificationEntry', '是', '${rectificationRequired}')
    p.flow('r_noRectify', 'rectificationCheck', 'rectificationMerge', '否', default=True, route='over', lane=200 - 100)
    p.flow('r_ordered', 'orderRectification', 'verifyRectification')
    p.flow('r_remindDue', 'rectificationReminderDue', 'remindRectification')
    p.flow('r_remindSent', 'remindRectification', 'rectificationReminded')
    p.flow('r_overdue', 'rectificationOverdue', 'superviseOverdueRectification')
    p.flow('r_supervised', 'superviseOverdueRectification', 'overdueSupervised')
    p.flow('r_verified', 'verifyRectification', 'rectified')
    p.flow('r_rectifiedOk', 'rectified', 'rectificationMerge', '是', '${rectificationVerified}')
    p.flow('r_rectifiedBad', 'rectified', 'rectificationEntry', '否，重新整改', default=True, route='over', lane=200 - 60)
    p.flow('r_rectificationDone', 'rectificationMerge', 'restrictionsDue')
    p.flow('r_schedule', 'restrictionsDue', 'scheduleRestrictions', '是', '${restrictionsDue}')
    p.flow('r_noSchedule', 'restrictionsDue', 'handledWithoutRestrictions', '否', default=True)
    p.flow('r_scheduled', 'scheduleRestrictions', 'respondentHandled')
    return p


def restriction_period():
    p = Process('restriction-period', '影响期管理', 4383,
                'R-12.5：每条影响期到期自动解除并通知组织部。影响期最长 24 个月（R-12.3、R-12.4），实例长期运行，可在 Cockpit 查看。'
                'historyTimeToLive 4383 天（12 年，自届满签收起算）：不短于案件的 10 年加最长影响期，届满通知及签收记录不早于所属案件的历史删除，'
                '改按开始时间计算删除时间时亦然；登记簿中的记录永不删除（R-12.5）。理由见 docs/operations.md。',
                {'camunda:isStartableInTasklist': 'false'})
    p.start('restrictionRegistered', '影响期已登记', 0, 0)
    p.timer_catch('waitForExpiry', '等待影响期届满', 1, 0, '${expiresAt}',
                  doc='R-12.0：until 为首个不受限制的日期，于该日 0 时（Asia/Shanghai）届满。')
    p.service('expireRestriction', '标记影响期届满', 2, 0, 'expireRestriction', doc='R-12.5：登记簿中标记为 EXPIRED，不删除。')
    p.user('acknowledgeRestrictionExpiry', '影响期届满', 3, 0, 'organization-dept', 'acknowledge-restriction-expiry',
           listeners=[SIGN], doc='通知组织部：该影响期已届满。')
    p.end('restrictionClosed', '影响期管理结束', 4, 0)
    p.flow('p_start', 'restrictionRegistered', 'waitForExpiry')
    p.flow('p_due', 'waitForExpiry', 'expireRestriction')
    p.flow('p_expired', 'expireRestriction', 'acknowledgeRestrictionExpiry')
    p.flow('p_acknowledged', 'acknowledgeRestrictionExpiry', 'restrictionClosed')
    return p


if __name__ == '__main__':
    delegates.write_templates(os.path.join(os.path.dirname(__file__), '..'))
    root = os.path.join(os.path.dirname(__file__), '..', 'processes')
    for proc in (accountability_case(), respondent_accountability(), restriction_period()):
        with open(os.path.join(root, proc.pid + '.bpmn'), 'w', encoding='utf-8') as fh:
            fh.write(proc.xml())
        print('wrote', proc.pid)
