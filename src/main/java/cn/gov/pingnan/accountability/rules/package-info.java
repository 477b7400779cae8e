/**
 * The Pingnan County poverty-alleviation accountability measures (平扶领办发〔2016〕6号) as plain Java:
 * no Camunda, no Spring. Every enforced rule cites its requirement id from {@code REQUIREMENTS.md}.
 *
 * <table>
 *   <caption>Which class enforces which requirement</caption>
 *   <tr><th>R-id</th><th>Class</th></tr>
 *   <tr><td>R-2.1</td><td>{@link cn.gov.pingnan.accountability.rules.WorkField}</td></tr>
 *   <tr><td>R-3.1, R-3.2</td><td>{@link cn.gov.pingnan.accountability.rules.ScopeCheck},
 *       {@link cn.gov.pingnan.accountability.rules.PersonCategory},
 *       {@link cn.gov.pingnan.accountability.rules.RespondentKind},
 *       {@link cn.gov.pingnan.accountability.rules.RespondentIntakeCheck}</td></tr>
 *   <tr><td>R-4.1, R-4.2, R-8, R-9 (third-party acceptance)</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.Attribution},
 *       {@link cn.gov.pingnan.accountability.rules.ResponsibilityType},
 *       {@link cn.gov.pingnan.accountability.rules.CaseRole},
 *       {@link cn.gov.pingnan.accountability.rules.Signatory}</td></tr>
 *   <tr><td>R-5, R-6, R-7, R-8, R-9, R-14 (grounds as data)</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.GroundsCatalogue} over {@code rules/grounds.json}</td></tr>
 *   <tr><td>R-10.1–, R-9 (stricter proposal), R-10.2 (rectification)</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.SanctionGrading} (also: rectification order),
 *       {@link cn.gov.pingnan.accountability.rules.Measure},
 *       {@link cn.gov.pingnan.accountability.rules.SeverityGrade}</td></tr>
 *   <tr><td>R-10.4, R-10.5, R-11.1–R-11.4</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.ReferralRouting} (also: where rectification is
 *       tracked), {@link cn.gov.pingnan.accountability.rules.EmploymentStatus}</td></tr>
 *   <tr><td>R-11, R-13.1 (data a decision needs)</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.RespondentDataCheck}</td></tr>
 *   <tr><td>R-12.0</td><td>{@link cn.gov.pingnan.accountability.rules.InfluencePeriod},
 *       {@link cn.gov.pingnan.accountability.rules.RestrictionPeriod#covers}</td></tr>
 *   <tr><td>R-12.1–R-12.4</td><td>{@link cn.gov.pingnan.accountability.rules.RestrictionCalculator}</td></tr>
 *   <tr><td>R-12.4, R-14 (influence periods as data)</td>
 *       <td>{@link cn.gov.pingnan.accountability.rules.DisciplineCatalogue} over {@code rules/discipline-periods.json}</td></tr>
 *   <tr><td>R-12.5 (what blocks what)</td><td>{@link cn.gov.pingnan.accountability.rules.RestrictionType#blocks},
 *       {@link cn.gov.pingnan.accountability.rules.RestrictionPeriod#blocks}</td></tr>
 *   <tr><td>R-4.3, R-13.1, R-13.2</td><td>{@link cn.gov.pingnan.accountability.rules.Jurisdiction},
 *       {@link cn.gov.pingnan.accountability.rules.ApprovingBody},
 *       {@link cn.gov.pingnan.accountability.rules.ManagementLevel}</td></tr>
 *   <tr><td>R-15</td><td>{@link cn.gov.pingnan.accountability.rules.EffectiveDateCheck}</td></tr>
 *   <tr><td>case numbers</td><td>{@link cn.gov.pingnan.accountability.rules.CaseNumber}</td></tr>
 * </table>
 *
 * <p>Validation failures throw {@link cn.gov.pingnan.accountability.rules.RuleViolationException} with an
 * English message (logs, API), a Chinese message for staff and the offending field name.
 */
package cn.gov.pingnan.accountability.rules;
