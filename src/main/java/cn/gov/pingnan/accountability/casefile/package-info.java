/**
 * The case file: the records of what the forms submit and the steps write as process variables
 * ({@link cn.gov.pingnan.accountability.casefile.IntakeRespondent}, {@link cn.gov.pingnan.accountability.casefile.Finding},
 * {@link cn.gov.pingnan.accountability.casefile.SignatoryEntry}, {@link cn.gov.pingnan.accountability.casefile.Accountable},
 * {@link cn.gov.pingnan.accountability.casefile.DisciplineEntry} …), their components named as the form keys, read
 * and written by {@link cn.gov.pingnan.accountability.casefile.CaseFileMapper}. Depends on the rules only; no
 * Camunda here.
 */
package cn.gov.pingnan.accountability.casefile;
