package io.crmsuite.crm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    enum Source {
        WEB,
        REFERRAL
    }

    record Row(@NotBlank String name, Integer size, Source source) {}

    @Test
    void aValidRowIsReadLikeTheApi() throws Exception {
        Row row = ImportRows.validated(
                JSON.readTree("{\"name\":\"A\",\"size\":\"12\",\"source\":\"WEB\"}"), Row.class, JSON, VALIDATOR);
        assertEquals(new Row("A", 12, Source.WEB), row);
    }

    @Test
    void everyFieldErrorOfARowIsReportedAtOnce() throws Exception {
        InvalidRequestException e = assertThrows(
                InvalidRequestException.class,
                () -> ImportRows.validated(
                        JSON.readTree("{\"name\":\" \",\"size\":\"many\",\"source\":\"PIGEON\"}"),
                        Row.class,
                        JSON,
                        VALIDATOR));
        List<FieldError> errors = e.toProblem().errors();
        assertEquals(
                List.of("name", "size", "source"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("WEB", "REFERRAL"), errors.get(2).allowedValues());
    }

    @Test
    void aRowThatIsNoObjectIsInvalid() {
        assertThrows(
                InvalidRequestException.class,
                () -> ImportRows.validated(JSON.readTree("7"), Row.class, JSON, VALIDATOR));
    }
}
