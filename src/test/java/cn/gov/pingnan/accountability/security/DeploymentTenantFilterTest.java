package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 14: the county of a REST deployment is read from the Modeler's multipart field {@code tenant-id}. */
class DeploymentTenantFilterTest {

    private static final String TYPE = "multipart/form-data; boundary=----b42";

    private static byte[] body(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append("------b42\r\n").append(part);
        }
        text.append("------b42--\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String file(String name, String content) {
        return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    @Test
    void theTenantField_isFoundAmongTheFiles() {
        byte[] body = body(
                field("deployment-name", "restriction-period"),
                file("restriction-period.bpmn", "<bpmn:definitions name=\"tenant-id\"/>"),
                field("tenant-id", "gangnan"),
                field("deployment-source", "Camunda Modeler"));
        assertThat(DeploymentTenantFilter.tenantId(TYPE, body)).contains("gangnan");
    }

    @Test
    void noOrBlankTenantField_isNoCounty() {
        assertThat(DeploymentTenantFilter.tenantId(TYPE, body(field("deployment-name", "x"))))
                .isEmpty();
        assertThat(DeploymentTenantFilter.tenantId(TYPE, body(field("tenant-id", "  "))))
                .isEmpty();
        assertThat(DeploymentTenantFilter.tenantId(null, body(field("tenant-id", "pingnan"))))
                .isEmpty();
        // a file that merely mentions the field name is not the field
        assertThat(DeploymentTenantFilter.tenantId(TYPE, body(file("tenant-id.txt", "tenant-id: pingnan"))))
                .isEmpty();
    }

    @Test
    void aQuotedBoundary_isRead() {
        byte[] body = body(field("tenant-id", "pingnan"));
        assertThat(DeploymentTenantFilter.tenantId("multipart/form-data; boundary=\"----b42\"", body))
                .contains("pingnan");
    }
}
