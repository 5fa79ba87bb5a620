package io.crmsuite.crm.rest.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidParameterException;
import io.crmsuite.crm.rest.testapp.Color;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

class QueryParamConvertersTest {
    private final QueryParamConverters converters = new QueryParamConverters();

    @SuppressWarnings("unused")
    private static void parameters(
            @RestQuery("tier") Color named,
            @QueryParam("color") Color jaxrs,
            @RestQuery Color unnamed,
            @RestQuery String text,
            @RestPath UUID id,
            @RestHeader("X-Color") Color header,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 5)) @RestQuery("q") String bounded) {}

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        Method method = QueryParamConvertersTest.class.getDeclaredMethod(
                "parameters",
                Color.class,
                Color.class,
                Color.class,
                String.class,
                UUID.class,
                Color.class,
                String.class);
        return method.getParameterAnnotations()[parameter];
    }

    @Test
    void enumsMatchWithoutRegardToCase() throws Exception {
        ParamConverter<Color> tier = converters.getConverter(Color.class, Color.class, annotationsOf(0));
        assertThat(tier.fromString("green")).isEqualTo(Color.GREEN);
        assertThat(tier.fromString(" Blue ")).isEqualTo(Color.BLUE);
        assertThat(tier.fromString("")).isNull();
    }

    @Test
    void aBadValueIsAProblemNamingTheAnnotatedName() throws Exception {
        ParamConverter<Color> jaxrs = converters.getConverter(Color.class, Color.class, annotationsOf(1));
        assertThatThrownBy(() -> jaxrs.fromString("pink"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.error().field()).isEqualTo("color");
                    assertThat(e.error().allowedValues()).containsExactly("RED", "GREEN", "BLUE");
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                });
    }

    @Test
    void aConvertedParameterWithoutItsNameIsRefusedAtStartup() {
        assertThatThrownBy(() -> converters.getConverter(Color.class, Color.class, annotationsOf(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RestQuery(\"status\")");
    }

    @Test
    void textIsStrippedAndBlankIsAbsentWhateverTheName() throws Exception {
        ParamConverter<String> text = converters.getConverter(String.class, String.class, annotationsOf(3));
        assertThat(text.fromString("  tea house ")).isEqualTo("tea house");
        assertThat(text.fromString(" \t")).isNull();
    }

    @Test
    void pathAndHeaderParametersAreLeftToQuarkus() throws Exception {
        assertThat(converters.getConverter(UUID.class, UUID.class, annotationsOf(4)))
                .isNull();
        assertThat(converters.getConverter(Color.class, Color.class, annotationsOf(5)))
                .isNull();
    }

    @Test
    void uuidsMustBeCanonical() {
        QueryValues.Parser<UUID> uuid = QueryValues::uuid;
        assertThat(uuid.parse("0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f"))
                .isEqualTo(UUID.fromString("0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f"));
        assertThatThrownBy(() -> uuid.parse("1-2-3-4-5")).hasMessage("must be a UUID");
    }

    @Test
    void textLongerThanItsDocumentedMaxLengthIsAProblemNamingTheParameter() throws Exception {
        ParamConverter<String> bounded = converters.getConverter(String.class, String.class, annotationsOf(6));
        assertThat(bounded.fromString(" tea  ")).isEqualTo("tea");
        assertThat(bounded.fromString("12345")).isEqualTo("12345");
        assertThatThrownBy(() -> bounded.fromString("123456"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.error().field()).isEqualTo("q");
                    assertThat(e.error().message()).isEqualTo("must be at most 5 characters");
                });
        ParamConverter<String> unbounded = converters.getConverter(String.class, String.class, annotationsOf(3));
        assertThat(unbounded.fromString("x".repeat(10_000))).hasSize(10_000);
    }
}
