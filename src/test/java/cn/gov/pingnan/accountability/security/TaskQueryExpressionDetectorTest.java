package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskQueryExpressionDetectorTest {

    private static Optional<String> json(String body) throws Exception {
        return TaskQueryExpressionDetector.inJson(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void expressionFieldAtAnyDepth_isFound_withItsPath() throws Exception {
        assertThat(json("{\"assigneeExpression\":\"x\"}")).contains("assigneeExpression");
        assertThat(json("{\"orQueries\":[{\"a\":1},{\"dueBeforeExpression\":\"x\"}]}"))
                .contains("orQueries[1].dueBeforeExpression");
        assertThat(json("{\"orQueries\":[{\"orQueries\":[{\"ownerEXPRESSION\":null}]}]}"))
                .contains("orQueries[0].orQueries[0].ownerEXPRESSION");
    }

    @Test
    void juelSyntaxInAnyText_isFound() throws Exception {
        assertThat(json("{\"name\":\"a ${b}\"}")).contains("name");
        assertThat(json("{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"#{y}\"}]}"))
                .contains("processVariables[0].value");
        assertThat(json("{\"taskIdIn\":[\"1\",\"${x}\"]}")).contains("taskIdIn[1]");
    }

    @Test
    void ordinaryQueries_pass() throws Exception {
        assertThat(json("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}"))
                .isEmpty();
        assertThat(json("{\"candidateGroup\":\"investigators\",\"name\":\"调查 $100 {a}\"}"))
                .isEmpty();
        assertThat(TaskQueryExpressionDetector.inQueryString("firstResult=0&maxResults=15&sortBy=created"))
                .isEmpty();
    }

    @Test
    void queryParameters_areCheckedByNameValueAndNestedJson() throws Exception {
        assertThat(TaskQueryExpressionDetector.inQueryString("assigneeExpression=x"))
                .contains("assigneeExpression");
        assertThat(TaskQueryExpressionDetector.inQueryString("name=%24%7Bx%7D")).contains("name");
        assertThat(TaskQueryExpressionDetector.inQueryString("orQueries=%5B%7B%22ownerExpression%22%3A1%7D%5D"))
                .contains("orQueries[0].ownerExpression");
    }

    @Test
    void unreadableInput_isRefused() {
        assertThatThrownBy(() -> json("{\"a\":"))
                .isInstanceOf(TaskQueryExpressionDetector.UnreadableQueryException.class);
        assertThatThrownBy(() -> json("{'a':1}"))
                .isInstanceOf(TaskQueryExpressionDetector.UnreadableQueryException.class);
        assertThatThrownBy(() -> TaskQueryExpressionDetector.inQueryString("a=%ZZ"))
                .isInstanceOf(TaskQueryExpressionDetector.UnreadableQueryException.class);
    }
}
