package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Runs docs/walkthrough.md against the web application; {@code -Dwalkthrough.write=true} regenerates the file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
class WalkthroughIT {

    private static final Path DOC = Path.of("docs", "walkthrough.md");

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void documentIsCurrent() throws Exception {
        String md = Walkthrough.markdown();
        if (Boolean.getBoolean("walkthrough.write")) {
            Files.writeString(DOC, md, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(md);
    }

    @Test
    void walkthroughRunsAsDocumented_R4_2_R12_1_R12_5_A1_A4() throws Exception {
        WalkthroughRun run = new WalkthroughRun(rest);
        run.runAppeal(run.runCase());
    }
}
