package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Issue 6: a manager adds a rule step by picking an element template, never by typing a bean name. Every
 * delegate bean has a template in element-templates/, every template names an existing bean, every service task
 * in processes/ applies its template exactly, and the variables a template shows are the ones the code uses.
 */
class ElementTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final Path SOURCES = Path.of("src/main/java/cn/gov/pingnan/accountability/workflow");

    /** Binding types of the Camunda 7 element-template schema and the field types each allows. */
    private static final Map<String, Set<String>> FIELD_TYPES = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:property", Set.of("String", "Hidden", "Dropdown"),
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:outputParameter", Set.of("String", "Hidden", "Dropdown"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:executionListener", Set.of("Hidden"));

    private static Map<String, JsonNode> templatesByBean;
    private static Map<String, Class<?>> beans;
    private static List<BpmnModelInstance> diagrams;

    @BeforeAll
    static void load() throws Exception {
        templatesByBean = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("element-templates"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode t = JSON.readTree(f.toFile());
                String bean = beanOf(t);
                assertThat(templatesByBean.put(bean, t))
                        .as("one template per bean: " + bean)
                        .isNull();
            }
        }
        beans = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (BeanDefinition d : scanner.findCandidateComponents("cn.gov.pingnan.accountability")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            Component c = type.getAnnotation(Component.class);
            if (c != null && !c.value().isEmpty()) {
                beans.put(c.value(), type);
            }
        }
        diagrams = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                diagrams.add(Bpmn.readModelFromFile(f.toFile()));
            }
        }
    }

    private static String beanOf(JsonNode template) {
        for (JsonNode p : template.get("properties")) {
            JsonNode b = p.get("binding");
            if ("property".equals(b.get("type").asText())
                    && "camunda:delegateExpression".equals(b.get("name").asText())) {
                assertThat(p.get("type").asText())
                        .as(template.get("id") + ": the bean is fixed, not typed")
                        .isEqualTo("Hidden");
                Matcher m = BEAN_EXPRESSION.matcher(p.get("value").asText());
                assertThat(m.matches())
                        .as(template.get("id") + " delegateExpression " + p.get("value"))
                        .isTrue();
                return m.group(1);
            }
        }
        throw new AssertionError(template.get("id") + " has no Hidden camunda:delegateExpression");
    }

    private static List<ServiceTask> serviceTasks() {
        List<ServiceTask> tasks = new ArrayList<>();
        diagrams.forEach(d -> tasks.addAll(d.getModelElementsByType(ServiceTask.class)));
        return tasks;
    }

    private static String beanOf(ServiceTask task) {
        Matcher m = BEAN_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        assertThat(m.matches())
                .as(task.getId() + " uses delegateExpression=\"${bean}\"")
                .isTrue();
        return m.group(1);
    }

    @Test
    void everyDelegateBeanInTheDiagramsHasATemplate() {
        Set<String> used = new TreeSet<>();
        serviceTasks().forEach(t -> used.add(beanOf(t)));
        assertThat(templatesByBean.keySet()).containsAll(used);
    }

    @Test
    void everyTemplateNamesAnExistingJavaDelegateBean_andEveryDelegateHasATemplate() {
        templatesByBean
                .keySet()
                .forEach(bean -> assertThat(beans.get(bean))
                        .as("@Component(\"" + bean + "\") for template " + bean)
                        .isNotNull()
                        .satisfies(type -> assertThat(JavaDelegate.class).isAssignableFrom(type)));
        Set<String> delegates = new TreeSet<>();
        beans.forEach((name, type) -> {
            if (JavaDelegate.class.isAssignableFrom(type)) {
                delegates.add(name);
            }
        });
        assertThat(templatesByBean.keySet()).isEqualTo(delegates);
    }

    @Test
    void templatesFollowTheCamunda7Schema_withChineseNames() {
        templatesByBean.forEach((bean, t) -> {
            String id = t.get("id").asText();
            assertThat(t.get("$schema").asText())
                    .isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
            assertThat(id).isEqualTo("cn.gov.pingnan.accountability." + bean);
            assertThat(t.get("name").asText()).as(id + " name").containsPattern("\\p{IsHan}");
            assertThat(t.get("description").asText()).as(id + " description").containsPattern("\\p{IsHan}");
            assertThat(t.get("version").isInt() && t.get("version").asInt() >= 1)
                    .as(id + " version")
                    .isTrue();
            assertThat(t.get("appliesTo").toString()).isEqualTo("[\"bpmn:ServiceTask\"]");
            Set<String> groups = new LinkedHashSet<>();
            t.get("groups").forEach(g -> groups.add(g.get("id").asText()));
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode p : t.get("properties")) {
                String binding = p.get("binding").get("type").asText();
                assertThat(FIELD_TYPES).as(id + " binding type").containsKey(binding);
                assertThat(FIELD_TYPES.get(binding))
                        .as(id + " field type for " + binding)
                        .contains(p.get("type").asText());
                assertThat(names.add(
                                binding + "/" + p.get("binding").get("name").asText()))
                        .as(id + " unique binding")
                        .isTrue();
                if (p.has("group")) {
                    assertThat(groups).as(id + " group").contains(p.get("group").asText());
                }
                if (!"Hidden".equals(p.get("type").asText())) {
                    assertThat(p.get("label").asText()).as(id + " label").containsPattern("\\p{IsHan}");
                }
            }
        });
    }

    @Test
    void everyServiceTaskAppliesItsTemplateExactly() {
        for (ServiceTask task : serviceTasks()) {
            JsonNode t = templatesByBean.get(beanOf(task));
            String where = task.getId() + " (" + t.get("id").asText() + ")";
            assertThat(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate"))
                    .as(where)
                    .isEqualTo(t.get("id").asText());
            assertThat(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion"))
                    .as(where)
                    .isEqualTo(t.get("version").asText());
            boolean async = false;
            Map<String, String> expected = new LinkedHashMap<>();
            for (JsonNode p : t.get("properties")) {
                JsonNode b = p.get("binding");
                if ("camunda:asyncBefore".equals(b.path("name").asText())) {
                    async = p.get("value").asBoolean();
                }
                if ("camunda:property".equals(b.get("type").asText())) {
                    expected.put(b.get("name").asText(), p.get("value").asText());
                }
            }
            assertThat(task.isCamundaAsyncBefore()).as(where + " asyncBefore").isEqualTo(async);
            Map<String, String> actual = new LinkedHashMap<>();
            if (task.getExtensionElements() != null) {
                for (CamundaProperties ps : task.getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaProperties.class)
                        .list()) {
                    for (CamundaProperty p : ps.getCamundaProperties()) {
                        actual.put(p.getCamundaName(), p.getCamundaValue());
                    }
                }
            }
            assertThat(actual).as(where + " extension properties").isEqualTo(expected);
            if (async) {
                // R-12.5 and every outside effect: a failing job retries, then becomes an incident
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                                .singleResult()
                                .getTextContent())
                        .as(where + " retry cycle")
                        .isEqualTo("R3/PT5M");
            }
        }
    }

    @Test
    void stepsWithOutsideEffectsRunAsRetriedJobs() {
        Set<String> outside = Set.of(
                "deliverDecision",
                "sendRecommendationLetter",
                "remindEmployer",
                "remindRectification",
                "expireRestriction",
                "scheduleRestrictions");
        for (ServiceTask task : serviceTasks()) {
            if (outside.contains(beanOf(task))) {
                assertThat(task.isCamundaAsyncBefore())
                        .as(task.getId() + " asyncBefore")
                        .isTrue();
            }
        }
    }

    @Test
    void templateVariablesAreTheOnesTheDelegateReadsAndWrites() throws Exception {
        Map<String, String> names = caseVariables();
        templatesByBean.forEach((bean, t) -> {
            Map<String, Set<String>> declared =
                    Map.of("reads", new TreeSet<>(), "writes", new TreeSet<>(), "starts", new TreeSet<>());
            for (JsonNode p : t.get("properties")) {
                if ("camunda:property".equals(p.get("binding").get("type").asText())) {
                    String[] kind = p.get("binding").get("name").asText().split(":", 2);
                    assertThat(kind[1]).isEqualTo(p.get("value").asText());
                    declared.get(kind[0]).add(kind[1]);
                }
            }
            Map<String, Set<String>> used;
            try {
                used = variablesUsedBy(beans.get(bean), names);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(declared)
                    .as("variables of template " + bean + " vs. "
                            + beans.get(bean).getSimpleName())
                    .isEqualTo(used);
        });
    }

    /** Value → constant name of every variable name in CaseVariables. */
    private static Map<String, String> caseVariables() throws IllegalAccessException {
        Map<String, String> byConstant = new LinkedHashMap<>();
        for (Field f : CaseVariables.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                byConstant.put(f.getName(), (String) f.get(null));
            }
        }
        return byConstant;
    }

    private static final Pattern READ =
            Pattern.compile("(?:getVariable|readArray|read)\\(\\s*(?:execution,\\s*)?CaseVariables\\.([A-Z_]+)\\s*\\)");
    private static final Pattern READ_SIGNATURE =
            Pattern.compile("getVariable\\(\\s*\"(\\w+)\"\\s*\\+\\s*CaseVariables\\.([A-Z_]+)\\s*\\)");
    private static final Pattern WRITE = Pattern.compile(
            "(?:setVariable|removeVariable)\\(\\s*CaseVariables\\.([A-Z_]+)|write\\(\\s*execution,\\s*CaseVariables\\.([A-Z_]+)");
    private static final Pattern START = Pattern.compile("putValue\\(\\s*CaseVariables\\.([A-Z_]+)");
    private static final Pattern ANY = Pattern.compile("CaseVariables\\.([A-Z_]+)");

    /** The variables a delegate's source reads, writes and passes to a process it starts. */
    private static Map<String, Set<String>> variablesUsedBy(Class<?> type, Map<String, String> constants)
            throws IOException {
        String source = Files.readString(SOURCES.resolve(type.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        Map<String, Set<String>> used =
                Map.of("reads", new TreeSet<>(), "writes", new TreeSet<>(), "starts", new TreeSet<>());
        int classified = 0;
        for (Matcher m = READ.matcher(source); m.find(); classified++) {
            used.get("reads").add(constants.get(m.group(1)));
        }
        for (Matcher m = READ_SIGNATURE.matcher(source); m.find(); classified++) {
            used.get("reads").add(m.group(1) + constants.get(m.group(2)));
        }
        for (Matcher m = WRITE.matcher(source); m.find(); classified++) {
            used.get("writes").add(constants.get(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        for (Matcher m = START.matcher(source); m.find(); classified++) {
            used.get("starts").add(constants.get(m.group(1)));
        }
        int all = 0;
        for (Matcher m = ANY.matcher(source); m.find(); ) {
            all++;
        }
        assertThat(classified)
                .as(type.getSimpleName() + ": every use of CaseVariables is a read, a write or a start")
                .isEqualTo(all);
        return used;
    }

    @Test
    void taskListenersInTheDiagramsAreTaskListenerBeans() {
        Set<String> listeners = new TreeSet<>();
        for (BpmnModelInstance d : diagrams) {
            for (UserTask task : d.getModelElementsByType(UserTask.class)) {
                if (task.getExtensionElements() == null) {
                    continue;
                }
                for (CamundaTaskListener l : task.getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaTaskListener.class)
                        .list()) {
                    Matcher m = BEAN_EXPRESSION.matcher(String.valueOf(l.getCamundaDelegateExpression()));
                    assertThat(m.matches())
                            .as(task.getId() + " listener uses delegateExpression=\"${bean}\"")
                            .isTrue();
                    listeners.add(m.group(1));
                }
            }
        }
        assertThat(listeners)
                .containsExactlyInAnyOrder(
                        "recordSignature",
                        "recordApproval",
                        "checkLeadVerification",
                        "planRectification",
                        "recordDelivery",
                        "recordAppealDecision");
        listeners.forEach(l -> assertThat(TaskListener.class).as(l).isAssignableFrom(beans.get(l)));
    }

    @Test
    void theModelerGuideListsEveryTemplateAndTaskListener() throws IOException {
        String guide = Files.readString(Path.of("docs", "modeler.md"), StandardCharsets.UTF_8);
        templatesByBean.forEach((bean, t) -> assertThat(guide)
                .as("docs/modeler.md lists " + bean)
                .contains("| " + t.get("name").asText() + " | `" + bean + "` |"));
        beans.forEach((name, type) -> {
            if (TaskListener.class.isAssignableFrom(type)) {
                assertThat(guide)
                        .as("docs/modeler.md documents listener " + name)
                        .contains("| `${" + name + "}` |");
            }
        });
    }
}
