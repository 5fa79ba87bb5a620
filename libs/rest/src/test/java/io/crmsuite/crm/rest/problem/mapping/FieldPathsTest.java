package io.crmsuite.crm.rest.problem.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FieldPathsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record Address(
            @NotBlank String city,
            @Pattern(regexp = "[A-Z]{2}") String country) {}

    record Contact(@Email String email) {}

    record Input(
            @NotBlank String email,
            @Valid Address address,
            List<@NotBlank String> tags,
            List<@Valid Contact> contacts,
            Map<String, @NotBlank String> attributes) {}

    public static class Api {
        public void create(@Valid @NotNull Input input) {}

        public void list(@Min(1) int limit) {}

        public @NotNull String broken() {
            return null;
        }
    }

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void bodyFieldsLoseTheMethodAndParameterPrefix() throws Exception {
        Input input = new Input(
                "",
                new Address("Berlin", "de"),
                List.of("ok", " "),
                List.of(new Contact("a@b.example"), new Contact("not-an-email")),
                Map.of("color", ""));

        Set<String> fields = fieldsOf(validateParameters("create", input));

        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "email", "address.country", "tags[1]", "contacts[1].email", "attributes[color]");
    }

    @Test
    void aViolatedQueryParameterKeepsItsName() throws Exception {
        assertThat(fieldsOf(validateParameters("list", 0))).containsExactly("limit");
    }

    @Test
    void aMissingBodyNamesTheParameter() throws Exception {
        assertThat(fieldsOf(validateParameters("create", (Object) null))).containsExactly("input");
    }

    @Test
    void plainBeanValidationHasNoPrefixToStrip() {
        Set<ConstraintViolation<Address>> violations = validator.validate(new Address("", "DE"));

        assertThat(violations)
                .extracting(v -> FieldPaths.of(v.getPropertyPath()))
                .containsExactly("city");
    }

    @Test
    void returnValueViolationsAreServerErrors() throws Exception {
        Api api = new Api();
        Method broken = Api.class.getMethod("broken");
        Set<ConstraintViolation<Api>> violations = validator.forExecutables().validateReturnValue(api, broken, null);

        assertThat(violations).allMatch(v -> FieldPaths.isReturnValue(v.getPropertyPath()));
        assertThat(ValidationProblems.from(new ConstraintViolationException(violations)))
                .isNull();
    }

    @Test
    void theProblemListsEveryFieldSorted() throws Exception {
        Input input = new Input("", new Address("", "de"), List.of(), List.of(), Map.of());

        Problem problem =
                ValidationProblems.from(new ConstraintViolationException(validateParameters("create", input)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:crm:problem:validation");
        assertThat(problem.errors())
                .extracting(FieldError::field)
                .containsExactly("address.city", "address.country", "email");
    }

    private static Set<ConstraintViolation<Api>> validateParameters(String method, Object... args) throws Exception {
        Method target = args[0] instanceof Integer
                ? Api.class.getMethod(method, int.class)
                : Api.class.getMethod(method, Input.class);
        return validator.forExecutables().validateParameters(new Api(), target, args);
    }

    private static Set<String> fieldsOf(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> FieldPaths.of(v.getPropertyPath()))
                .collect(java.util.stream.Collectors.toSet());
    }
}
