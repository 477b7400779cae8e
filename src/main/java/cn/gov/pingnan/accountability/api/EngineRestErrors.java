package cn.gov.pingnan.accountability.api;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.workflow.FormInputRefused;
import cn.gov.pingnan.accountability.workflow.TaskCompletionRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine's REST API answers when two people act on the same task at once, or a task form
 * breaks a rule. Camunda answers these with 500; they are conflicts of people or bad input, not
 * faults: 409 (someone else claimed or changed the task first), 404 (someone else completed it),
 * 400 naming the {@code field} (a form value of the wrong shape, or a rule of the task refused it). The body keeps Camunda's error shape
 * ({@code type}, {@code message}, {@code code}); {@code message} is Chinese for a Chinese browser
 * (the Tasklist shows it under 认领任务时出错 / 提交任务表单时出错), English otherwise.
 */
public final class EngineRestErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

    /** Camunda's own words when a task is gone (TaskServiceImpl, ensureNotNull); re-check at upgrades. */
    private static final String TASK_NOT_FOUND = "Cannot find task with id";

    private EngineRestErrors() {}

    /** One refusal, in both languages. */
    record Refusal(Response.Status status, String type, Integer code, String english, String chinese, String field) {

        Refusal(Response.Status status, String type, Integer code, String english, String chinese) {
            this(status, type, code, english, chinese, null);
        }
    }

    /** The refusal for a race between people, or empty when {@code e} is something else. */
    static Optional<Refusal> refusal(Throwable e) {
        return refusal(e, 0);
    }

    private static Optional<Refusal> refusal(Throwable e, int depth) {
        if (e instanceof JsonMappingException mapping) {
            String field = ApiExceptionHandler.jsonPath(mapping);
            return Optional.of(new Refusal(
                    Response.Status.BAD_REQUEST,
                    "InvalidRequestException",
                    null,
                    "Request body does not have the expected shape" + (field == null ? "" : " at '" + field + "'")
                            + "; nothing was saved",
                    "提交的内容格式不对" + (field == null ? "" : "（" + field + "）") + "，未保存任何内容。",
                    field));
        }
        if (e instanceof JsonProcessingException parse) {
            String where = parse.getLocation() == null
                    ? ""
                    : " (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + ")";
            return Optional.of(new Refusal(
                    Response.Status.BAD_REQUEST,
                    "InvalidRequestException",
                    null,
                    "Request body is not valid JSON" + where + "; nothing was saved",
                    "提交的内容不是有效的 JSON" + where + "，未保存任何内容。"));
        }
        RuleViolationException violation = e instanceof TaskCompletionRefused refused
                ? refused.violation()
                : e instanceof FormInputRefused shape ? shape.violation() : null;
        if (violation != null) {
            // the form breaks a rule or has a malformed value: the person corrects the form
            return Optional.of(new Refusal(
                    Response.Status.BAD_REQUEST,
                    e.getClass().getSimpleName(),
                    ((ProcessEngineException) e).getCode(),
                    violation.messageEn().startsWith("Field '")
                            ? violation.messageEn()
                            : "Field '" + violation.field() + "': " + violation.messageEn(),
                    e.getMessage(),
                    violation.field()));
        }
        if (e instanceof TaskAlreadyClaimedException claimed) {
            return Optional.of(new Refusal(
                    Response.Status.CONFLICT,
                    "TaskAlreadyClaimedException",
                    claimed.getCode(),
                    "Task " + claimed.getTaskId() + " is already claimed by another user; reload the task list.",
                    "该任务已被他人认领。请刷新任务列表，办理其他任务。"));
        }
        if (e instanceof OptimisticLockingException locking) {
            return Optional.of(new Refusal(
                    Response.Status.CONFLICT,
                    "OptimisticLockingException",
                    locking.getCode(),
                    "Someone else changed this task at the same moment; nothing of your request was saved."
                            + " Reload and try again.",
                    "该任务刚被他人处理，您的操作未保存。请刷新后重试。"));
        }
        if (e instanceof NullValueException missing
                && missing.getMessage() != null
                && missing.getMessage().startsWith(TASK_NOT_FOUND)) {
            return Optional.of(taskGone(missing));
        }
        if (e instanceof AuthorizationException denied && deniedOnATaskThatIsGone(denied)) {
            // the engine read the task before its completer committed, its rights after: not a rights problem
            return Optional.of(taskGone(denied));
        }
        if (e != null && e.getCause() != null && e.getCause() != e && depth < 8) {
            // Camunda's RestException wraps the engine's exception, the engine a listener's (ENGINE-03051)
            return refusal(e.getCause(), depth + 1);
        }
        return Optional.empty();
    }

    private static Refusal taskGone(ProcessEngineException e) {
        return new Refusal(
                Response.Status.NOT_FOUND,
                "TaskNotFoundException",
                e.getCode(),
                "This task no longer exists (someone else may have completed it); nothing of your request"
                        + " was saved. Reload the task list.",
                "该任务已不存在（可能已被他人办结），您的操作未保存。请刷新任务列表。");
    }

    private static boolean deniedOnATaskThatIsGone(AuthorizationException denied) {
        List<String> tasks = denied.getMissingAuthorizations().stream()
                .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
                .map(MissingAuthorization::getResourceId)
                .filter(id -> id != null && !id.equals("*"))
                .distinct()
                .toList();
        return tasks.size() == 1 && !taskExists(tasks.get(0));
    }

    /** Whether the task is still open, whatever the caller may see (their rights went with the task). */
    private static boolean taskExists(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (engine == null) {
            return true;
        }
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    static Response response(Refusal refusal, HttpHeaders headers) {
        boolean chinese = headers != null
                && headers.getAcceptableLanguages().stream()
                        .findFirst()
                        .map(locale -> locale.getLanguage().equals(Locale.CHINESE.getLanguage()))
                        .orElse(false);
        LOG.info("Engine REST request refused with {}: {}", refusal.status().getStatusCode(), refusal.english());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", refusal.type());
        body.put("message", chinese ? refusal.chinese() : refusal.english());
        body.put("code", refusal.code());
        if (refusal.field() != null) {
            body.put("field", refusal.field());
        }
        return Response.status(refusal.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
