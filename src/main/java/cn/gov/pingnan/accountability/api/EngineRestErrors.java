package cn.gov.pingnan.accountability.api;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.security.WithoutCaller;
import cn.gov.pingnan.accountability.workflow.TaskCompletionRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine's REST API answers when two people act on the same task at once, or a task form
 * breaks a rule. Camunda answers these with 500; they are conflicts of people or bad input, not
 * faults: 409 (someone else claimed or changed the task first), 404 (someone else completed it:
 * {@link #taskGone}),
 * 400 naming the {@code field} (a form value of the wrong shape, or a rule of the task refused it). The body keeps Camunda's error shape
 * ({@code type}, {@code message}, {@code code}); {@code message} is Chinese for a Chinese browser
 * (the Tasklist shows it under 认领任务时出错 / 提交任务表单时出错), English otherwise. Issue 14: an id of another
 * county's task, instance or variable is 404, as if it did not exist (Camunda's tenant check answers 500).
 */
public final class EngineRestErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

    /** A request that acts on one task, as the REST API and the Tasklist's engine API name it. */
    private static final Pattern TASK_ACTION =
            Pattern.compile("(?:^|/)task/([^/]+)/(?:claim|unclaim|complete|submit-form|resolve|assignee|delegate)/?$");

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
        if (e instanceof TaskCompletionRefused refused) {
            RuleViolationException violation = refused.violation();
            // the form breaks a rule or has a malformed value: the person corrects the form
            return Optional.of(new Refusal(
                    Response.Status.BAD_REQUEST,
                    e.getClass().getSimpleName(),
                    refused.getCode(),
                    violation.messageEn().startsWith("Field '")
                            ? violation.messageEn()
                            : "Field '" + violation.field() + "': " + violation.messageEn(),
                    // issue 18: a clerk reads the Chinese reason alone; the English one is in the log and for others
                    violation.messageZh(),
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
        if (e instanceof ProcessEngineException && isOtherCounty(e.getMessage())) {
            // issue 14: another county's task, instance or variable. Camunda answers 500; for this user it does not
            // exist, as a query shows (404, the same as for an id that never existed)
            return Optional.of(new Refusal(
                    Response.Status.NOT_FOUND,
                    "InvalidRequestException",
                    null,
                    "Not found: no such task, case or variable for you",
                    "未找到该任务或案件。"));
        }
        if (e != null && e.getCause() != null && e.getCause() != e && depth < 8) {
            // Camunda's RestException wraps the engine's exception, the engine a listener's (ENGINE-03051)
            return refusal(e.getCause(), depth + 1);
        }
        return Optional.empty();
    }

    /** The engine's tenant check ("Cannot … because it belongs to no authenticated tenant."). */
    static boolean isOtherCounty(String message) {
        return message != null && message.contains("because it belongs to no authenticated tenant");
    }

    /**
     * The refusal of a failed request on a task ({@code task/{id}/claim}, {@code …/complete},
     * {@code …/submit-form} …) that is explained by the task being gone: someone else completed it
     * between the engine reading it and failing (Camunda then says "Cannot find task", "Cannot
     * restore state of process instance", or 403 because the task's rights went with it).
     */
    static Optional<Refusal> taskGone(String requestPath) {
        Matcher action = TASK_ACTION.matcher(requestPath == null ? "" : requestPath);
        if (!action.find() || taskExists(action.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                Response.Status.NOT_FOUND,
                "TaskNotFoundException",
                null,
                "This task no longer exists (someone else may have completed it); nothing of your request"
                        + " was saved. Reload the task list.",
                "该任务已不存在（可能已被他人办结），您的操作未保存。请刷新任务列表。"));
    }

    /** Whether the task is still open, whatever the caller may see (their rights went with the task). */
    private static boolean taskExists(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (engine == null) {
            return true;
        }
        return WithoutCaller.read(
                engine.getIdentityService(),
                () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
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
