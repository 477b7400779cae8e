package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The card of a task in Tasklist shows the case number and the respondent (column 案件 of the
 * seeded filters), read the way Tasklist reads it: the filter's task list as hal+json, as a staff
 * user, who still cannot read the case's process variables.
 */
class TaskListLabelIT extends AbstractWebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    FilterService filterService;

    @Test
    void groupTaskCard_showsCaseNumberAndRespondents_processVariablesStayUnreadable() throws Exception {
        identityService.setAuthentication("shouli", List.of("intake"), List.of("pingnan"));
        ProcessInstance pi;
        try {
            pi = runtimeService.startProcessInstanceByKey(
                    ProcessKeys.ACCOUNTABILITY_CASE,
                    ProcessTestSupport.intake(
                            ProcessTestSupport.person("P-L1", "张三", "TOWNSHIP", "IN_POST", null),
                            ProcessTestSupport.person("P-L2", "李四", "TOWNSHIP", "IN_POST", null)));
        } finally {
            identityService.clearAuthentication();
        }
        String filterId = filterService
                .createFilterQuery()
                .filterName(IdentitySeeder.FILTER_GROUP_TASKS)
                .singleResult()
                .getId();

        HttpHeaders hal = new HttpHeaders();
        hal.set(HttpHeaders.ACCEPT, "application/hal+json");
        ResponseEntity<String> list = as("diaocha")
                .exchange(
                        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                        HttpMethod.GET,
                        new HttpEntity<>(hal),
                        String.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode task = null;
        for (JsonNode t : JSON.readTree(list.getBody()).path("_embedded").path("task")) {
            if (pi.getId().equals(t.path("processInstanceId").asText())) {
                task = t;
            }
        }
        assertThat(task).as("the case's verification task in 我的组任务 of diaocha").isNotNull();
        assertThat(task.path("name").asText()).isEqualTo("初步核实线索");
        List<String> shown = new ArrayList<>();
        task.path("_embedded")
                .path("variable")
                .forEach(v -> shown.add(
                        v.path("name").asText() + "=" + v.path("value").asText()));
        assertThat(shown).containsExactly(CaseVariables.TASK_LIST_LABEL + "=" + pi.getBusinessKey() + "　张三、李四");

        // the label is a copy on the task: the case's own variables stay closed to staff (docs/security.md, T4)
        ResponseEntity<String> variables = as("diaocha")
                .getForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + pi.getId(), String.class);
        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> readable = new ArrayList<>();
        JSON.readTree(variables.getBody())
                .forEach(v -> readable.add(v.path("name").asText()));
        assertThat(readable).containsExactly(CaseVariables.TASK_LIST_LABEL);
    }
}
