package cn.gov.pingnan.accountability;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port with a fresh in-memory H2 database and demo users. The
 * job executor is off so tests decide when jobs run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:it-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
public abstract class AbstractWebAppIT {

    protected static final String PASSWORD = "demo";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate rest;

    protected TestRestTemplate as(String userId) {
        return rest.withBasicAuth(userId, PASSWORD);
    }
}
