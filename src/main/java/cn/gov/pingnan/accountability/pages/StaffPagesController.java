package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.WorkField;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 工作台, 案件查询 and 案件卷宗 (issue 17): server-rendered pages for the signed-in webapp user. */
@Controller
public class StaffPagesController {

    private static final Logger LOG = LoggerFactory.getLogger(StaffPagesController.class);
    static final Duration DUE_WINDOW = Duration.ofDays(7);
    static final int DUE_LIST = 50;

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final CaseSearch search;
    private final CaseFileReader files;
    private final String tasklist;
    private final GroundsCatalogue grounds = GroundsCatalogue.loadDefault();

    public StaffPagesController(
            TaskService taskService,
            RepositoryService repositoryService,
            CaseSearch search,
            CaseFileReader files,
            CamundaBpmProperties camunda) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.search = search;
        this.files = files;
        this.tasklist =
                camunda.getWebapp().getApplicationPath() + "/app/tasklist/" + camunda.getProcessEngineName() + "/";
    }

    /** Due or overdue within {@link #DUE_WINDOW}: one of mine or an unclaimed one of my groups. */
    public record DueTask(String name, String caseLabel, Date due, boolean overdue, String link) {}

    @GetMapping({"/staff", "/staff/"})
    public String home(HttpServletRequest request, Model model) {
        StaffUser user = user(request);
        Date now = ClockUtil.getCurrentTime();
        long mine = taskService
                .createTaskQuery()
                .taskAssignee(user.userId())
                .active()
                .count();
        long group = user.groupIds().isEmpty()
                ? 0
                : taskService
                        .createTaskQuery()
                        .taskCandidateGroupIn(user.groupIds())
                        .active()
                        .count();
        TaskQuery due = taskService.createTaskQuery().active();
        due = user.groupIds().isEmpty()
                ? due.taskAssignee(user.userId())
                : due.or()
                        .taskAssignee(user.userId())
                        .taskCandidateGroupIn(user.groupIds())
                        .endOr();
        List<DueTask> dueTasks = due
                .dueBefore(Date.from(now.toInstant().plus(DUE_WINDOW)))
                .orderByDueDate()
                .asc()
                .listPage(0, DUE_LIST)
                .stream()
                .map(t -> dueTask(t, now))
                .toList();
        model.addAttribute("mine", mine);
        model.addAttribute("group", group);
        model.addAttribute("dueTasks", dueTasks);
        model.addAttribute("tasklist", tasklist);
        return "staff/home";
    }

    private DueTask dueTask(Task task, Date now) {
        Object label = taskService.getVariableLocal(task.getId(), CaseVariables.TASK_LIST_LABEL);
        return new DueTask(
                task.getName(),
                label == null ? "" : label.toString(),
                task.getDueDate(),
                task.getDueDate().before(now),
                tasklist + "#/?task=" + task.getId());
    }

    /** Every field of {@link CaseSearch.Query} is a request parameter of the same name. */
    @GetMapping("/staff/cases")
    public String searchPage(CaseSearch.Query query, HttpServletRequest request, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("fields", WorkField.values());
        model.addAttribute("grounds", grounds.all());
        model.addAttribute("statuses", CaseLabels.STATUS);
        model.addAttribute("statusOrder", CaseSearch.STATUSES);
        model.addAttribute("fieldLabels", fieldLabels());
        model.addAttribute("result", search.search(query, user(request)));
        return "staff/search";
    }

    @GetMapping("/staff/cases/{caseNumber}")
    public String casePage(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        StaffUser user = user(request);
        String number = CaseSearch.parseCaseNumber(caseNumber);
        // issue 14: a case of another county is answered as an unknown one
        CaseReadRule.CaseAccess access = files.access(number, user.countyIds())
                .orElseThrow(() -> new StaffPageException(
                        HttpStatus.NOT_FOUND, "No case " + number, "未找到案件 " + number + "，请核对案件编号。"));
        if (!CaseReadRule.mayRead(user.groupIds(), access)) {
            LOG.info("Case file {} refused to {}", number, user.userId());
            throw new StaffPageException(
                    HttpStatus.FORBIDDEN,
                    "Case " + number + " may not be read by " + user.userId(),
                    "您所在的组无权查看案件 " + number + " 的卷宗。");
        }
        model.addAttribute("file", files.read(number));
        model.addAttribute("statuses", CaseLabels.STATUS);
        return "staff/case";
    }

    /** The BPMN of one of our processes for the case file's bpmn-js viewer (process definitions are not secret). */
    @GetMapping(path = "/staff/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<String> diagram(@RequestParam(required = false) String id) throws IOException {
        ProcessDefinition definition = id == null
                ? null
                : repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionId(id)
                        .singleResult();
        if (definition == null || !ProcessKeys.ALL.contains(definition.getKey())) {
            throw new StaffPageException(HttpStatus.NOT_FOUND, "No diagram " + id, "未找到该流程图。");
        }
        try (InputStream xml = repositoryService.getProcessModel(definition.getId())) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_XML)
                    .body(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(WorkField.values()).forEach(f -> labels.put(f.name(), f.labelZh()));
        return labels;
    }

    static StaffUser user(HttpServletRequest request) {
        return (StaffUser) request.getAttribute(StaffUser.REQUEST_ATTRIBUTE);
    }
}
