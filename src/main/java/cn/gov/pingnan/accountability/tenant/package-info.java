/**
 * Counties as Camunda tenants (issue 14): the configured counties ({@link
 * cn.gov.pingnan.accountability.tenant.Counties}) and the in-place upgrade of a single-county database.
 */
package cn.gov.pingnan.accountability.tenant;
