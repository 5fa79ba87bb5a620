package io.crmsuite.crm.rest.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    record Item(String sku, int quantity) {}

    enum Colour {
        RED
    }

    record Tagged(java.util.UUID id, Colour colour, java.time.LocalDate day) {}

    record Order(String customer, List<Item> items, List<String> tags) {}

    private final ObjectMapper mapper = new ObjectMapper();

    StrictJsonTest() {
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()); // as Quarkus's mapper has
        new StrictJson().customize(mapper);
    }

    @Test
    void everyUnknownFieldIsReportedWithItsPathOnceTheBodyIsRead() {
        String body = "{\"customer\":\"c\",\"x\":1,\"items\":[{\"sku\":\"a\",\"quantity\":1},"
                + "{\"sku\":\"b\",\"colour\":{\"r\":1},\"quantity\":2}],\"y\":[1]}";
        assertThatThrownBy(() -> mapper.readValue(body, Order.class))
                .isInstanceOfSatisfying(UnknownFieldsException.class, e -> assertThat(e.fields())
                        .containsExactlyInAnyOrder("x", "items[1].colour", "y"));
    }

    @Test
    void aListBodyReportsItsElementsUnknownFields() {
        assertThatThrownBy(() -> mapper.readValue(
                        "[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"qty\":2}]",
                        mapper.getTypeFactory().constructCollectionType(List.class, Item.class)))
                .isInstanceOfSatisfying(UnknownFieldsException.class, e -> assertThat(e.fields())
                        .containsExactly("[1].qty"));
    }

    @Test
    void aTolerantReaderStillSkipsUnknownFields() throws Exception {
        Item item = mapper.readerFor(Item.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue("{\"sku\":\"a\",\"added\":{\"in\":\"v2\"},\"quantity\":3}");
        assertThat(item).isEqualTo(new Item("a", 3));
    }

    @Test
    void fractionsAreNotWholeNumbersAndKeysCountOnce() {
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"a\",\"quantity\":12.5}", Item.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"a\",\"sku\":\"b\",\"quantity\":1}", Item.class))
                .isInstanceOfSatisfying(DuplicateFieldException.class, e -> assertThat(e.field())
                        .isEqualTo("sku"));
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInEveryString() {
        assertThatThrownBy(() -> mapper.readValue("{\"customer\":\"a\\u0000\"}", Order.class))
                .isInstanceOfSatisfying(BadTextException.class, e -> assertThat(e.defect())
                        .isEqualTo("must not contain the NUL character"));
        assertThatThrownBy(() -> mapper.readValue("{\"tags\":[\"ok\",\"\\udfff\"]}", Order.class))
                .isInstanceOf(BadTextException.class);
        assertThat(Text.defect("汉字 \uD83D\uDE00")).isNull();
        assertThat(Text.defect("\uD83D")).isEqualTo("is not valid Unicode (an unpaired surrogate)");
    }

    @Test
    void aTrailingNulIsNotTrimmedAwayFromEnumsIdsOrDates() throws Exception {
        for (String body : new String[] {
            "{\"colour\":\"RED\\u0000\"}",
            "{\"id\":\"0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f\\u0000\"}",
            "{\"day\":\"2026-01-31\\u0000\"}"
        }) {
            assertThatThrownBy(() -> mapper.readValue(body, Tagged.class))
                    .as(body)
                    .isInstanceOf(BadTextException.class);
        }
        assertThat(mapper.readValue("{\"colour\":\"RED\",\"day\":\"2026-01-31\"}", Tagged.class)
                        .colour())
                .isEqualTo(Colour.RED);
    }
}
