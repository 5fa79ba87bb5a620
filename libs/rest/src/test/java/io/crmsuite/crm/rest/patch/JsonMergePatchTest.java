package io.crmsuite.crm.rest.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ValidatorFactory validators;
    private static JsonMergePatch mergePatch;

    record Address(
            String city, @Pattern(regexp = "[A-Z]{2}") String country) {}

    record Contact(
            @NotBlank String name, String email, @Valid Address address) {}

    @BeforeAll
    static void setUp() {
        validators = Validation.buildDefaultValidatorFactory();
        mergePatch = new JsonMergePatch(JSON, validators.getValidator());
    }

    @AfterAll
    static void tearDown() {
        validators.close();
    }

    /** The examples of RFC 7396, appendix A. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}",
                "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
                "{\"a\":\"b\"}|{\"a\":null}|{}",
                "{\"a\":\"b\",\"b\":\"c\"}|{\"a\":null}|{\"b\":\"c\"}",
                "{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}",
                "{\"a\":\"c\"}|{\"a\":[\"b\"]}|{\"a\":[\"b\"]}",
                "{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}",
                "{\"a\":[{\"b\":\"c\"}]}|{\"a\":[1]}|{\"a\":[1]}",
                "[\"a\",\"b\"]|[\"c\",\"d\"]|[\"c\",\"d\"]",
                "{\"a\":\"b\"}|[\"c\"]|[\"c\"]",
                "{\"e\":null}|{\"a\":1}|{\"e\":null,\"a\":1}",
                "[1,2]|{\"a\":\"b\",\"c\":null}|{\"a\":\"b\"}",
                "{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}"
            })
    void followsRfc7396(String target, String patch, String result) throws Exception {
        assertThat(JsonMergePatch.merge(JSON.readTree(target), JSON.readTree(patch)))
                .isEqualTo(JSON.readTree(result));
    }

    @Test
    void absentMembersStayNullClearsAndObjectsMerge() throws Exception {
        Contact current = new Contact("Ada", "ada@example.com", new Address("London", "GB"));

        Contact patched =
                mergePatch.apply(json("{\"email\":null,\"address\":{\"city\":\"Leeds\"}}"), current, Contact.class);

        assertThat(patched).isEqualTo(new Contact("Ada", null, new Address("Leeds", "GB")));
    }

    @Test
    void theMergedResultIsValidated() {
        Contact current = new Contact("Ada", null, null);

        assertThatThrownBy(() -> mergePatch.apply(json("{\"name\":\"\"}"), current, Contact.class))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> mergePatch.apply(json("{\"address\":{\"country\":\"gb\"}}"), current, Contact.class))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aWrongTypeOrANonObjectPatchIsA400() {
        Contact current = new Contact("Ada", null, null);

        assertThatThrownBy(() -> mergePatch.apply(json("{\"address\":\"Leeds\"}"), current, Contact.class))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).toProblem().errors())
                        .extracting("field")
                        .containsExactly("address"));
        assertThatThrownBy(() -> mergePatch.apply(json("[1]"), current, Contact.class))
                .isInstanceOf(InvalidRequestException.class);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
