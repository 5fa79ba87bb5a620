package io.crmsuite.crm.rest.problem.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Tier {
        @JsonProperty("gold")
        GOLD,
        SILVER
    }

    record Line(int qty) {}

    record Order(Tier tier, List<Line> lines, UUID id, String note) {}

    record Positive(int n) {
        Positive {
            if (n < 0) {
                throw new IllegalArgumentException("internal detail");
            }
        }
    }

    /** Jackson cannot build an interface without type information: a server-side definition bug. */
    record Broken(Runnable task) {}

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAcceptedValues() {
        FieldError error = onlyError(problemOf("{\"tier\":\"platinum\"}", Order.class));

        assertThat(error.field()).isEqualTo("tier");
        assertThat(error.allowedValues()).containsExactly("gold", "SILVER");
        assertThat(error.message()).isEqualTo("must be one of: gold, SILVER");
    }

    @Test
    void aWrongTypeNamesTheNestedPath() {
        FieldError error = onlyError(problemOf("{\"lines\":[{\"qty\":1},{\"qty\":\"many\"}]}", Order.class));

        assertThat(error).isEqualTo(new FieldError("lines[1].qty", "must be an integer"));
    }

    @Test
    void describesTheExpectedType() {
        assertThat(onlyError(problemOf("{\"id\":\"nope\"}", Order.class)).message())
                .isEqualTo("must be a UUID");
        assertThat(onlyError(problemOf("{\"lines\":{}}", Order.class)).message())
                .isEqualTo("must be an array");
        assertThat(onlyError(problemOf("{\"note\":{}}", Order.class)).message()).isEqualTo("must be a string");
        assertThat(onlyError(problemOf("[1]", Order.class))).isEqualTo(new FieldError(null, "must be an object"));
    }

    @Test
    void aNumberTooLargeForItsFieldNamesTheField() {
        Problem problem = problemOf("{\"lines\":[{\"qty\":99999999999}]}", Order.class);

        assertThat(onlyError(problem)).isEqualTo(new FieldError("lines[0].qty", "is out of range for an integer"));
    }

    @Test
    void anUnknownFieldIsNamedWhenTheMapperRejectsThem() {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JacksonException failure =
                catchThrowableOfType(JacksonException.class, () -> strict.readValue("{\"colour\":1}", Order.class));

        assertThat(onlyError(JsonProblems.from(failure))).isEqualTo(new FieldError("colour", "is not a known field"));
    }

    @Test
    void aRefusedValueIsInvalidWithoutItsMessage() {
        Problem problem = problemOf("{\"n\":-1}", Positive.class);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(onlyError(problem).message()).isEqualTo("has an invalid value");
        assertThat(problem.toString()).doesNotContain("internal detail");
    }

    @Test
    void unparsableJsonIsMalformed() {
        Problem truncated = problemOf("{\"tier\":", Order.class);
        Problem garbage = problemOf("{tier}", Order.class);

        assertThat(truncated.type()).isEqualTo("urn:crm:problem:malformed-json");
        assertThat(garbage.type()).isEqualTo("urn:crm:problem:malformed-json");
        assertThat(garbage.detail()).contains("line 1, column 2");
    }

    @Test
    void aBrokenDtoDefinitionIsAServerError() {
        JacksonException failure =
                catchThrowableOfType(JacksonException.class, () -> JSON.readValue("{\"task\":{}}", Broken.class));

        assertThat(JsonProblems.from(failure)).isNull();
    }

    private static Problem problemOf(String json, Class<?> type) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, type));
        assertThat(failure).as("reading " + json).isNotNull();
        return JsonProblems.from(failure);
    }

    private static FieldError onlyError(Problem problem) {
        assertThat(problem.type()).isEqualTo("urn:crm:problem:validation");
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst();
    }
}
